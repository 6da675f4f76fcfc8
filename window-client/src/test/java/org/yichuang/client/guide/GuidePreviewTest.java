package org.yichuang.client.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JLabel;
import net.sf.jasperreports.engine.JasperPrint;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.intake.CreateCaseAction;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.intake.PrintGuideAction;
import org.yichuang.client.preview.ReportPreviewDialog;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.reports.ReportService;

/** F7 at the counter opens the printed guide (办事指南) of what is chosen, filled from the server's data. */
class GuidePreviewTest extends SwingTestBase {
    private static final Lazy<ReportService> REPORTS = new Lazy<>(() -> new ReportService(ZoneId.of(FakeHallApi.HALL_ZONE)));
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final Preferences node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    private FrameFixture window;

    @BeforeEach
    void showPanel() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        JFrame frame = GuiActionRunner.execute(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            IntakePresenter presenter = new IntakePresenter(api, tasks, messages, LocalDate::now,
                    () -> UUID.randomUUID().toString(), r -> { });
            JFrame f = new JFrame();
            GuidePreviews guides = new GuidePreviews(api, REPORTS, tasks, new ClientPrefs(node), messages,
                    new ScriptedUserPrompts());
            f.setContentPane(new IntakePanel(messages, presenter, new CreateCaseAction(messages, presenter),
                    new PrintGuideAction(messages, presenter, entry -> guides.open(f, entry))));
            f.setSize(1280, 800);
            presenter.loadItems();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        awaitShowing(frame, IntakePanel.FILTER_FIELD);
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    private DialogFixture openGuideOf(String query) {
        window.textBox(IntakePanel.FILTER_FIELD).focus().enterText(query);
        robot.pressAndReleaseKey(KeyEvent.VK_F7);
        DialogFixture dialog = WindowFinder.findDialog(GuidePreviews.DIALOG_NAME).withTimeout(30_000).using(robot);
        JLabel page = dialog.label(ReportPreviewDialog.PAGE_LABEL).target();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> GuiActionRunner.execute(() -> page.getIcon() != null));
        return dialog;
    }

    private static String title(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> dialog.target().getTitle());
    }

    private static JasperPrint report(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> ((ReportPreviewDialog) dialog.target()).presenter().report());
    }

    @Test
    void f7_previews_the_guide_of_the_item_found_by_its_initials() {
        DialogFixture dialog = openGuideOf("ggcs");

        assertThat(title(dialog)).isEqualTo("办事指南 · 公共场所卫生许可证核发");
        String code = "11450128MB1602185R4000104002000";
        assertThat(ReportText.of(report(dialog))).contains("公共场所卫生许可证核发", FakeHallApi.HALL_NAME,
                FakeHallApi.PUBLIC_URL + "/guide/items/" + code, "第1版");
        int pages = GuiActionRunner.execute(() -> report(dialog).getPages().size());
        dialog.label(ReportPreviewDialog.PAGES_LABEL).requireText("共 " + pages + " 页");
        if (pages > 1) {
            assertThat(dialog.label(ReportPreviewDialog.PAGE_LABEL + ".2").target().getIcon()).isNotNull();
        }
        dialog.button(ReportPreviewDialog.PRINT_BUTTON).requireEnabled();
        Screenshots.save(robot, dialog.target(), "guide-item");

        dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !GuiActionRunner.execute(dialog.target()::isDisplayable));
    }

    @Test
    void f7_previews_the_guide_of_a_bundle_with_its_items() {
        DialogFixture dialog = openGuideOf("开办美容美发店");

        assertThat(title(dialog)).isEqualTo("“一件事”办事指南 · 开办美容美发店");
        assertThat(ReportText.of(report(dialog))).contains("开办美容美发店", "个体工商户登记", "公共场所卫生许可证核发",
                FakeHallApi.PUBLIC_URL + "/guide/bundles/BUNDLE-MEIRONG");
        Screenshots.save(robot, dialog.target(), "guide-bundle");
        dialog.close();
    }
}
