package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.reports.printer.PrinterStatus;

/** A stopped or rejecting CUPS queue is refused naming the printer and the queue's own reason (real CUPS). */
class PrinterStateTest {
    private static final ReportService REPORTS = new ReportService(ZoneId.of("Asia/Shanghai"));
    private TestQueue queue;
    private JasperPrint receipt;

    @BeforeEach
    void newQueue() {
        queue = TestQueue.create("State");
        receipt = REPORTS.fillReceipt(Receipts.promised());
    }

    @AfterEach
    void removeQueue() {
        queue.close();
    }

    private PrinterStatus status() {
        return REPORTS.printerStatuses().stream().filter(s -> s.name().equals(queue.name())).findFirst()
                .orElseThrow(() -> new AssertionError("queue not listed: " + queue.name()));
    }

    @Test
    void a_stopped_queue_is_refused_saying_it_is_paused() {
        assertThat(status().ready()).isTrue();
        assertThat(status().summary()).isEqualTo("就绪");

        queue.stop(null);

        assertThat(status().state()).isEqualTo(PrinterStatus.State.STOPPED);
        assertThat(status().reasons()).contains("paused");
        assertThat(status().summary()).isEqualTo("已暂停（队列已停止）");
        assertThatThrownBy(() -> REPORTS.print(receipt, queue.name(), "yichuang-stopped"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRINTER_UNAVAILABLE))
                .hasMessage("打印机“" + queue.name() + "”已暂停（队列已停止），请联系管理员启用后重试。");
    }

    @Test
    void the_reason_the_administrator_gave_is_part_of_the_message() {
        queue.stop("卡纸，已报修");

        assertThatThrownBy(() -> REPORTS.print(receipt, queue.name(), "yichuang-stopped"))
                .hasMessage("打印机“" + queue.name() + "”已暂停（队列已停止：卡纸，已报修），请联系管理员启用后重试。");

        queue.start();
        assertThat(status().ready()).isTrue();
    }

    @Test
    void a_queue_that_rejects_jobs_is_refused_with_its_reason() {
        queue.reject("更换硒鼓");

        assertThat(status().acceptingJobs()).isFalse();
        assertThat(status().summary()).startsWith("不接收任务（");
        assertThatThrownBy(() -> REPORTS.print(receipt, queue.name(), "yichuang-rejecting"))
                .hasMessageStartingWith("打印机“" + queue.name() + "”不接收打印任务（")
                .hasMessageContaining("更换硒鼓");
    }

    @Test
    void statuses_list_every_known_queue_by_name() {
        List<String> names = REPORTS.printerStatuses().stream().map(PrinterStatus::name).toList();

        assertThat(names).contains(queue.name()).isSorted();
        assertThat(REPORTS.printerNames()).isEqualTo(names);
    }
}
