package org.yichuang.client.admin.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.error.ErrorCode;

class ItemEditorPresenterTest {
    private final AdminFixture f = new AdminFixture();
    private final List<VersionedItem> saved = new ArrayList<>();
    private ItemEditorPresenter editor;
    private final String code = AdminFixture.codeOf(AdminFixture.PUBLIC_PLACE);

    @BeforeEach
    void openTheItem() {
        editor = new ItemEditorPresenter(f.api, f.tasks, f.messages, f.prompts, AdminFixture.CLOCK, saved::add);
        editor.load(code);
    }

    @Test
    void every_demo_item_survives_the_round_trip_through_the_draft_unchanged() {
        for (ServiceItem item : FakeHallApi.DEMO.items()) {
            assertThat(ItemDraft.of(item).toItem()).as(item.name()).isEqualTo(item);
        }
    }

    @Test
    void a_loaded_item_shows_its_version_history_and_is_not_dirty() {
        assertThat(editor.isOpen()).isTrue();
        assertThat(editor.loaded().version()).isEqualTo(1);
        assertThat(editor.loaded().recordedBy()).isEqualTo("system");
        assertThat(editor.history()).hasSize(1);
        assertThat(editor.stateOf(editor.loaded())).isEqualTo(ItemEditorPresenter.VersionState.CURRENT);
        assertThat(editor.draft().name).isEqualTo(AdminFixture.PUBLIC_PLACE);
        assertThat(editor.issues()).isEmpty();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canSave()).isFalse();
        assertThat(editor.canWithdraw()).isTrue();
    }

    @Test
    void editing_marks_the_item_dirty_and_undoing_the_edit_makes_it_clean_again() {
        String before = editor.draft().conditions;
        editor.edit(d -> d.conditions = before + "；须持有效证件");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSave()).isTrue();
        assertThat(editor.canWithdraw()).as("withdraw takes the stored item, not half an edit").isFalse();
        editor.edit(d -> d.conditions = before);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canSave()).isFalse();
    }

    @Test
    void a_promised_limit_beyond_the_statutory_limit_is_a_violation_that_blocks_saving() {
        int statutory = editor.draft().statutoryValue;
        editor.edit(d -> d.promisedValue = statutory + 10);

        assertThat(editor.issuesAt("promisedLimit")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("超过法定办结时限"));
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSave()).isFalse();
        editor.save();
        assertThat(f.api.itemVersions(code)).as("nothing was sent").hasSize(1);

        editor.edit(d -> d.promisedValue = statutory - 1);
        assertThat(editor.issues()).isEmpty();
        assertThat(editor.canSave()).isTrue();
    }

    @Test
    void saving_creates_a_new_version_reloads_the_history_and_tells_the_list() {
        editor.edit(d -> d.promisedValue = 3);
        editor.save();

        VersionedItem latest = f.api.getItem(code);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.item().promisedLimit().value()).isEqualTo(3);
        assertThat(latest.recordedBy()).isEqualTo(FakeHallApi.ADMIN);
        assertThat(editor.loaded().version()).isEqualTo(2);
        assertThat(editor.history()).extracting(VersionedItem::version).containsExactly(2, 1);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.notice()).isEqualTo("已保存为第 2 版，2026-11-23 10:00 起生效。");
        assertThat(saved).extracting(VersionedItem::version).containsExactly(2);
    }

    @Test
    void a_version_saved_by_someone_else_meanwhile_is_a_conflict_and_reloading_shows_their_version() {
        ServiceItem theirs = withConditions(f.api.getItem(code).item(), "他人修改的受理条件");
        f.api.saveItem(new ItemChange(theirs, 1, null, true));
        editor.edit(d -> d.promisedValue = 4);

        f.prompts.answer(true);   // 是否重新加载最新版本？
        editor.save();

        assertThat(editor.loaded().version()).isEqualTo(2);
        assertThat(editor.draft().conditions).isEqualTo("他人修改的受理条件");
        assertThat(editor.isDirty()).isFalse();
        assertThat(f.api.itemVersions(code)).hasSize(2);
        assertThat(saved).isEmpty();
    }

    @Test
    void declining_the_reload_after_a_conflict_keeps_the_draft_and_says_why_it_was_not_saved() {
        f.api.saveItem(new ItemChange(withConditions(f.api.getItem(code).item(), "他人修改"), 1, null, true));
        editor.edit(d -> d.promisedValue = 4);

        f.prompts.answer(false);
        editor.save();

        assertThat(editor.draft().promisedValue).isEqualTo(4);
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.notice()).contains("已被他人修改");
    }

    @Test
    void a_future_effective_time_is_sent_with_the_change_and_the_version_shows_as_pending() {
        editor.setEffectiveFrom("2026-12-01 09:00");
        assertThat(editor.effectiveFromError()).isNull();
        editor.edit(d -> d.promisedValue = 2);
        editor.save();

        VersionedItem pending = f.api.itemVersions(code).get(0);
        assertThat(pending.effectiveFrom()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(editor.stateOf(pending)).isEqualTo(ItemEditorPresenter.VersionState.PENDING);
        assertThat(f.api.getItem(code).version()).as("today version 1 still applies").isEqualTo(1);
        assertThat(editor.loaded().version()).as("the next edit builds on the pending version").isEqualTo(2);
    }

    @Test
    void a_past_or_malformed_effective_time_blocks_saving() {
        editor.edit(d -> d.promisedValue = 2);
        editor.setEffectiveFrom("2026-11-01");
        assertThat(editor.effectiveFromError()).isEqualTo("生效时间须晚于现在");
        assertThat(editor.canSave()).isFalse();
        editor.setEffectiveFrom("下个月");
        assertThat(editor.effectiveFromError()).startsWith("格式应为");
        assertThat(editor.canSave()).isFalse();
        editor.setEffectiveFrom("");
        assertThat(editor.canSave()).isTrue();
    }

    @Test
    void withdrawing_asks_first_and_a_refusal_changes_nothing() {
        f.prompts.answer(false);
        editor.withdraw();
        assertThat(f.api.itemVersions(code)).hasSize(1);

        f.prompts.answer(true);
        editor.withdraw();
        assertThat(f.api.itemVersions(code).get(0).inForce()).isFalse();
        assertThat(f.api.listItems()).noneMatch(i -> i.implementationCode().equals(code));
        assertThat(editor.notice()).startsWith("已停用（第 2 版）");
    }

    @Test
    void materials_are_added_after_the_selection_moved_and_removed() {
        int count = editor.draft().materials.size();
        String first = editor.draft().materials.get(0).name();
        editor.setSelectedMaterial(0);
        editor.addMaterial();
        assertThat(editor.selectedMaterial()).isEqualTo(1);
        assertThat(editor.draft().materials).hasSize(count + 1);
        assertThat(editor.issuesAt("materials[1].name")).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("请填写材料名称。"));
        assertThat(editor.canSave()).isFalse();

        MaterialRequirement blank = editor.draft().materials.get(1);
        editor.setMaterial(1, new MaterialRequirement("场所平面布局图", blank.kind(), 1, 0, "A4", null,
                blank.source(), true, null, false, null, null));
        assertThat(editor.canSave()).isTrue();
        editor.moveMaterial(-1);
        assertThat(editor.draft().materials.get(0).name()).isEqualTo("场所平面布局图");
        assertThat(editor.draft().materials.get(1).name()).isEqualTo(first);
        assertThat(editor.canMoveMaterial(-1)).isFalse();

        editor.removeMaterial();
        assertThat(editor.draft().materials).hasSize(count);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void a_deferrable_identity_document_is_flagged_on_its_own_cell() {
        int id = indexOfKind(MaterialKind.IDENTITY_DOCUMENT);
        MaterialRequirement m = editor.draft().materials.get(id);
        editor.setMaterial(id, new MaterialRequirement(m.name(), m.kind(), m.originals(), m.copies(), m.paperSize(),
                m.sealOrSignature(), m.source(), m.required(), m.condition(), true, m.sampleRef(), m.notes()));

        assertThat(editor.issuesAt("materials[" + id + "].deferrable")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("身份证明和申请表不得容缺"));
        assertThat(f.messages.text("admin.field.materialRow", id + 1)).isEqualTo("申请材料第 " + (id + 1) + " 项");
        assertThat(editor.labels().describe("materials[" + id + "].deferrable"))
                .isEqualTo("申请材料第 " + (id + 1) + " 项 · 可容缺");
    }

    @Test
    void an_art_45_procedure_starts_as_stopping_the_clock_and_unticking_that_is_a_violation() {
        editor.setProcedureAllowed(SpecialProcedureKind.HEARING, true);
        assertThat(editor.draft().procedure(SpecialProcedureKind.HEARING).stopsClock()).isTrue();
        assertThat(editor.issues()).isEmpty();
        editor.setProcedureStopsClock(SpecialProcedureKind.HEARING, false);
        assertThat(editor.issues()).singleElement().satisfies(i -> {
            assertThat(i.field()).endsWith(".stopsClock");
            assertThat(i.message()).contains("第四十五条");
        });
    }

    @Test
    void a_new_item_lists_what_is_missing_and_once_complete_saves_as_version_1() {
        editor.newItem();
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.issues()).extracting(FieldIssue::field)
                .contains("name", "department", "baseCode", "implementationCode");
        assertThat(editor.canSave()).isFalse();

        ServiceItem model = f.api.getItem(code).item();
        String newCode = model.implementationCode().substring(0, 19) + "450100000001";
        editor.edit(d -> {
            d.name = "测试新事项";
            d.department = model.department();
            d.departmentCreditCode = model.departmentCreditCode();
            d.baseCode = "450100000001";
            d.implementationCode = newCode;
            d.promisedUnit = LimitUnit.WORKING_DAYS;
            d.promisedValue = 5;
        });
        assertThat(editor.issues()).isEmpty();
        editor.save();

        assertThat(f.api.getItem(newCode).version()).isEqualTo(1);
        assertThat(editor.isNew()).isFalse();
        assertThat(editor.notice()).startsWith("已创建事项，第 1 版");
    }

    @Test
    void copying_needs_a_clean_item_and_gives_a_new_item_without_a_code() {
        editor.edit(d -> d.visits = 2);
        assertThat(editor.canCopy()).isFalse();
        editor.edit(d -> d.visits = f.api.getItem(code).item().visits());
        editor.copyItem();
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.draft().implementationCode).isEmpty();
        assertThat(editor.draft().name).isEqualTo(AdminFixture.PUBLIC_PLACE + "（副本）");
        assertThat(editor.issuesAt("implementationCode")).isNotEmpty();
    }

    @Test
    void a_failure_without_problems_is_shown_as_a_warning_and_the_draft_stays() {
        editor.edit(d -> d.visits = 0);
        f.api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        editor.save();
        assertThat(f.prompts.warnings()).containsExactly("无法连接服务器，请检查网络和服务器地址。");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.isBusy()).isFalse();
        assertThat(editor.canSave()).isTrue();
    }

    private int indexOfKind(MaterialKind kind) {
        List<MaterialRequirement> all = editor.draft().materials;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }

    private static ServiceItem withConditions(ServiceItem i, String conditions) {
        ItemDraft d = ItemDraft.of(i);
        d.conditions = conditions;
        return d.toItem();
    }

    @Test
    void save_or_explain_names_the_reason_nothing_is_saved_and_saves_once_it_can() {
        editor.saveOrExplain();
        assertThat(editor.notice()).isEqualTo("没有修改，无需保存。");

        int statutory = editor.draft().statutoryValue;
        editor.edit(d -> d.promisedValue = statutory + 10);
        assertThat(editor.notice()).as("a change clears the stale reason").isNull();
        editor.saveOrExplain();
        assertThat(editor.notice()).isEqualTo("还不能保存：有 1 处需要修改，见下方列表（点击一项可跳到该字段）。");

        editor.edit(d -> d.promisedValue = statutory);
        editor.setEffectiveFrom("2020-01-01");
        editor.saveOrExplain();
        assertThat(editor.notice()).startsWith("还不能保存：生效时间有误（");

        editor.setEffectiveFrom("");
        f.tasks.hold();
        editor.saveOrExplain();
        assertThat(editor.isBusy()).isTrue();
        editor.saveOrExplain();
        assertThat(editor.notice()).isEqualTo("正在保存或加载，请稍候再保存。");
        f.tasks.runNext();
        assertThat(f.api.getItem(code).version()).isEqualTo(2);
        assertThat(saved).hasSize(1);

        editor.close();
        editor.saveOrExplain();
        assertThat(editor.notice()).startsWith("没有打开的事项");
    }
}
