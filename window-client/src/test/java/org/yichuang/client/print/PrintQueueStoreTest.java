package org.yichuang.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.notice.Paper;

class PrintQueueStoreTest {
    @TempDir
    Path dir;

    private static PrintJob job(String id, Instant at) {
        return new PrintJob(id, "11450128MB16063700001", 42, "受理通知书", Paper.RECEIPT_80MM, "Thermal_80", true, at,
                0, null, null);
    }

    @Test
    void a_job_and_its_pdf_are_read_back_by_a_new_store_as_they_were_written() {
        Instant at = Instant.parse("2026-12-06T02:03:04Z");
        PrintJob failed = job("a1", at).failed("打印机“Thermal_80”已暂停（队列已停止：缺纸）", at.plusSeconds(5));
        new PrintQueueStore(dir).save(failed, new byte[] {1, 2, 3});

        PrintQueueStore reopened = new PrintQueueStore(dir);

        assertThat(reopened.jobs()).containsExactly(failed);
        assertThat(reopened.pdf("a1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    }

    @Test
    void jobs_come_oldest_first_and_a_damaged_record_does_not_hide_the_others() throws IOException {
        PrintQueueStore store = new PrintQueueStore(dir);
        store.save(job("later", Instant.parse("2026-12-06T03:00:00Z")), new byte[] {1});
        store.save(job("earlier", Instant.parse("2026-12-06T02:00:00Z")), null);
        Files.writeString(dir.resolve("broken.job"), "caseNo=x\npaper=LETTER\n", StandardCharsets.UTF_8);

        assertThat(store.jobs()).extracting(PrintJob::id).containsExactly("earlier", "later");
        assertThat(store.pdf("earlier")).isEmpty();
    }

    @Test
    void removing_a_job_deletes_its_record_and_its_pdf() throws IOException {
        PrintQueueStore store = new PrintQueueStore(dir);
        store.save(job("gone", Instant.now()), new byte[] {9});

        store.remove("gone");

        assertThat(store.jobs()).isEmpty();
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void the_queue_lives_in_the_local_app_data_on_windows_and_the_xdg_data_home_elsewhere() {
        assertThat(PrintQueueStore.defaultDirectory(null, Map.of("LOCALAPPDATA", "C:\\Users\\clerk\\AppData\\Local"),
                "Windows 11", "C:\\Users\\clerk").toString()).endsWith("Yichuang" + java.io.File.separator
                + "print-queue");
        assertThat(PrintQueueStore.defaultDirectory(null, Map.of(), "Linux", "/home/clerk"))
                .isEqualTo(Path.of("/home/clerk/.local/share/yichuang/print-queue"));
        assertThat(PrintQueueStore.defaultDirectory(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/clerk"))
                .isEqualTo(Path.of("/data/yichuang/print-queue"));
        assertThat(PrintQueueStore.defaultDirectory("/tmp/counter-2", Map.of(), "Linux", "/home/clerk"))
                .isEqualTo(Path.of("/tmp/counter-2/print-queue"));
    }
}
