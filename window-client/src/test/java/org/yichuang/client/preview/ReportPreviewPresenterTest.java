package org.yichuang.client.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Lazy;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.reports.ReportService;

class ReportPreviewPresenterTest {
    private static final Lazy<ReportService> REPORTS = new Lazy<>(() -> new ReportService(ZoneId.of(FakeHallApi.HALL_ZONE)));
    private static final CaseReceipt RECEIPT = new CaseReceipt("11450128MB1602185R4000104002000202611230001",
            "11450128MB1602185R4000104002000", "公共场所卫生许可证核发", "示范县卫生健康局", CaseKind.PROMISED,
            new TimeLimit(5, LimitUnit.WORKING_DAYS), "张三", "110105********002X", Instant.parse("2026-11-23T02:00:00Z"),
            3, "3号综合窗口", "示范县政务服务中心", "王小明");

    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    private final Preferences node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ReportPreviewPresenter presenter = new ReportPreviewPresenter(new PreviewDocument("test.dialog",
            "受理回执 · X", "受理回执-X", "正在生成……", "保存（PDF）", r -> r.fillReceipt(RECEIPT)), REPORTS, tasks,
            new ClientPrefs(node), messages, prompts);

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    @Test
    void nothing_can_be_printed_or_saved_until_the_report_is_filled() {
        PrintReportAction print = new PrintReportAction(messages, presenter);
        SaveReportPdfAction save = new SaveReportPdfAction(messages, presenter);
        tasks.hold();
        presenter.fill();
        assertThat(print.isEnabled()).isFalse();
        assertThat(save.isEnabled()).isFalse();
        assertThat(presenter.pageCount()).isZero();

        tasks.runNext();

        assertThat(presenter.pageCount()).isEqualTo(1);
        assertThat(print.isEnabled()).isTrue();
        assertThat(save.isEnabled()).isTrue();
    }

    @Test
    void saving_writes_the_filled_report_as_a_pdf_where_the_clerk_chose(@TempDir Path dir) throws Exception {
        presenter.fill();
        Path target = dir.resolve("回执.pdf");
        prompts.answer(target);

        presenter.savePdf();

        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(presenter.status()).isEqualTo("已保存：" + target);
    }

    @Test
    void zoom_stays_within_its_bounds_and_the_actions_say_so() {
        ZoomInAction in = new ZoomInAction(messages, presenter);
        ZoomOutAction out = new ZoomOutAction(messages, presenter);
        for (int i = 0; i < 20; i++) {
            presenter.zoomIn();
        }
        assertThat(presenter.zoom()).isEqualTo(ReportPreviewPresenter.MAX_ZOOM);
        assertThat(in.isEnabled()).isFalse();
        for (int i = 0; i < 20; i++) {
            presenter.zoomOut();
        }
        assertThat(presenter.zoom()).isEqualTo(ReportPreviewPresenter.MIN_ZOOM);
        assertThat(out.isEnabled()).isFalse();
        assertThat(in.isEnabled()).isTrue();
    }

    @Test
    void the_chosen_printer_is_remembered_for_every_paper_of_the_counter() {
        presenter.setPrinter("Counter_3");

        assertThat(new ClientPrefs(node).get(ClientPrefs.KEY_PRINTER)).contains("Counter_3");
        assertThat(presenter.printer()).isEqualTo("Counter_3");
    }
}
