package org.yichuang.client.admin.item.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.admin.item.FieldIssue;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceItem;

/** The 环节时限 rows of the item editor without a window: adding walks the process, rows are checked as typed. */
class StepLimitsPresenterTest {
    private final AdminFixture f = new AdminFixture();
    private final List<VersionedItem> saved = new ArrayList<>();
    private ItemEditorPresenter editor;
    private StepLimitsPresenter steps;

    @BeforeEach
    void openTheItem() {
        editor = new ItemEditorPresenter(f.api, f.tasks, f.messages, f.prompts, AdminFixture.CLOCK, saved::add);
        editor.load(AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE));
        steps = editor.stepLimits();
    }

    @Test
    void adding_rows_walks_through_the_process_steps_that_have_no_limit_yet_and_selects_the_new_row() {
        List<String> process = editor.item().processSteps();
        steps.add();
        steps.add();

        assertThat(steps.rows()).extracting(StepLimitRow::step).containsExactly(process.get(0), process.get(1));
        assertThat(steps.selected()).isEqualTo(1);
        assertThat(editor.item().stepLimits()).containsExactly(Map.entry(process.get(0), 1),
                Map.entry(process.get(1), 1));
        assertThat(editor.canSave()).isTrue();

        steps.select(0);
        steps.remove();
        assertThat(steps.rows()).extracting(StepLimitRow::step).containsExactly(process.get(1));
        assertThat(steps.selected()).isZero();
    }

    @Test
    void a_row_without_a_name_or_naming_a_step_twice_is_an_issue_of_its_row_and_blocks_saving() {
        steps.add();
        steps.add();
        String first = steps.rows().get(0).step();
        steps.set(0, new StepLimitRow("  ", 2));
        steps.set(1, new StepLimitRow(first, 2));
        steps.add();
        steps.set(2, new StepLimitRow(first + " ", 1));

        assertThat(editor.issues()).extracting(FieldIssue::field, FieldIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stepLimits[0].step", "请填写环节名称。"),
                org.assertj.core.groups.Tuple.tuple("stepLimits[2].step", "环节“" + first + "”重复，与第 2 行相同。"));
        assertThat(editor.canSave()).isFalse();
        // the item keeps what a map can hold: the first row of each named step
        assertThat(editor.item().stepLimits()).containsExactly(Map.entry(first, 2));
    }

    @Test
    void a_stored_items_clock_rules_come_back_into_the_draft_unchanged() {
        ServiceItem item = editor.item().withClockRules(0, true, new java.util.LinkedHashMap<>(Map.of("决定", 1)));

        ItemDraft draft = ItemDraft.of(item);

        assertThat(draft.maxExtensions).isZero();
        assertThat(draft.jointHandling).isTrue();
        assertThat(draft.stepLimits).containsExactly(new StepLimitRow("决定", 1));
        assertThat(draft.toItem()).isEqualTo(item);
    }
}
