package org.yichuang.client.admin.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;

class HallSettingsPresenterTest {
    private final FakeHallApi api = new FakeHallApi(AdminFixture.CLOCK);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private HallSettingsPresenter presenter;

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, null));
        presenter = new HallSettingsPresenter(api, tasks, messages, prompts, AdminFixture.CLOCK);
        presenter.load();
    }

    private int year() {
        return java.time.LocalDate.now(AdminFixture.CLOCK).getYear();
    }

    @Test
    void edits_make_a_new_draft_the_preview_follows_and_a_save_stores_them_tidied() {
        HallDocumentSettings loaded = presenter.state().draft();
        assertThat(presenter.preview().number()).isEqualTo("示范县政务服务中心受〔" + year() + "〕00001号");

        presenter.setDocumentAbbreviation("青秀政务");
        presenter.setKindCode(NoticeKind.ACCEPTANCE, "准受");
        presenter.setReconsiderationBody(" 南宁市青秀区人民政府 ");
        presenter.setDeferralFailurePolicy(DeferralFailurePolicy.TERMINATED);
        assertThat(loaded.documentAbbreviation()).as("the loaded value never changes").isNull();
        assertThat(presenter.preview().number()).isEqualTo("青秀政务准受〔" + year() + "〕00001号");
        assertThat(presenter.state().dirty()).isTrue();

        presenter.save();
        assertThat(presenter.state().dirty()).isFalse();
        assertThat(presenter.state().notice()).startsWith("大厅设置已保存");
        assertThat(api.hallDocumentSettings().settings().reconsiderationBody()).isEqualTo("南宁市青秀区人民政府");
        assertThat(api.hallDocumentSettings().settings().deferralFailurePolicy())
                .isEqualTo(DeferralFailurePolicy.TERMINATED);
    }

    @Test
    void a_refused_save_shows_the_servers_message_asks_to_focus_the_field_and_keeps_the_draft() {
        presenter.setSupervisionPhone("投诉热线");
        presenter.setDocumentNumberPattern("{hall}{year}");
        assertThat(presenter.preview().error()).contains("文书编号格式须各含一次");

        presenter.save();
        HallSettingsState s = presenter.state();
        assertThat(s.error()).startsWith("大厅设置有 2 处需要修改：").contains("文书编号格式");
        assertThat(s.focus()).isEqualTo("documentNumberPattern");
        assertThat(s.wrong("supervisionPhone")).isTrue();
        assertThat(s.draft().supervisionPhone()).isEqualTo("投诉热线");
        assertThat(s.busy()).isFalse();
        assertThat(api.hallDocumentSettings().settings().supervisionPhone()).as("nothing stored").isNull();

        presenter.focused();
        presenter.setDocumentNumberPattern("{hall}{kind}{year}{seq}");
        assertThat(presenter.state().wrong("documentNumberPattern")).isFalse();
        assertThat(presenter.state().error()).as("one problem is left").isNotNull();
        presenter.setSupervisionPhone("12345");
        assertThat(presenter.state().error()).isNull();
    }
}
