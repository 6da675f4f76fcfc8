package org.yichuang.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.SignInRequest;

class IntakePanelTest extends SwingTestBase {
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final List<CaseReceipt> opened = new CopyOnWriteArrayList<>();
    private FrameFixture window;

    @BeforeEach
    void showPanel() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        JFrame frame = GuiActionRunner.execute(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            IntakePresenter presenter = new IntakePresenter(api, tasks, messages, LocalDate::now,
                    () -> UUID.randomUUID().toString(), opened::add);
            IntakePanel panel = new IntakePanel(messages, presenter, new CreateCaseAction(messages, presenter));
            JFrame f = new JFrame();
            f.setContentPane(panel);
            f.setSize(1100, 700);
            presenter.loadItems();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        awaitShowing(frame, IntakePanel.FILTER_FIELD);
    }

    @Test
    void a_case_can_be_created_with_the_keyboard_alone() {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText("市场监督");
        window.table(IntakePanel.ITEM_TABLE).requireRowCount(1);
        window.textBox(IntakePanel.FILTER_FIELD).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.textBox(IntakePanel.NAME_FIELD).requireFocused();

        robot.enterText("张三");
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        robot.enterText("110105194912310021");
        window.label(IntakePanel.ID_MESSAGE_LABEL).requireText("身份证号码校验位不正确，请核对后重新输入。");
        window.button(IntakePanel.CREATE_BUTTON).requireDisabled();

        window.textBox(IntakePanel.ID_FIELD).deleteText().enterText("11010519491231002X");
        window.button(IntakePanel.CREATE_BUTTON).requireEnabled();
        window.textBox(IntakePanel.ID_FIELD).focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();

        assertThat(opened).singleElement().satisfies(r -> {
            assertThat(r.itemName()).isEqualTo("食品经营许可（新办）");
            assertThat(r.applicantName()).isEqualTo("张三");
        });
        window.label(IntakePanel.CASE_NO_LABEL).requireText("已受理，办件编号：" + opened.get(0).caseNo());
        window.textBox(IntakePanel.NAME_FIELD).requireEmpty();
    }

    @Test
    void a_15_digit_number_is_shown_upgraded_when_the_field_is_left() {
        window.textBox(IntakePanel.ID_FIELD).enterText("110105491231002");
        window.label(IntakePanel.ID_MESSAGE_LABEL).requireText("15位旧号码，已升级为：11010519491231002X");

        window.textBox(IntakePanel.NAME_FIELD).focus();

        window.textBox(IntakePanel.ID_FIELD).requireText("11010519491231002X");
    }
}
