package org.yichuang.core.calendar.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.calendar.CalendarFileException;
import org.yichuang.core.error.ErrorCode;

class CalendarIoTest {
    private static final String HEAD = "date,kind,holiday\n";

    @Test
    void a_missing_or_non_utf8_file_is_unreadable(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> CalendarFiles.read(dir.resolve("none.csv")))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_FILE_UNREADABLE);
                    assertThat(e.getMessage()).contains("none.csv", "文件不存在");
                });
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, (HEAD + "2025-01-01,off,元旦\n").getBytes("GBK"));
        assertThatThrownBy(() -> CalendarFiles.read(gbk))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_FILE_UNREADABLE);
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @Test
    void a_utf8_file_with_a_byte_order_mark_is_read(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("y.csv");
        Files.writeString(file, "\uFEFF" + HEAD + "2025-01-01,off,元旦\n");
        assertThat(CalendarFiles.read(file).years()).containsExactly(2025);
    }

    @Test
    void the_cli_prints_the_due_date_first_and_refuses_bad_input_with_nothing_on_stdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = DeadlineCli.run(new String[] {"--from", "2026-02-13", "--working-days=20"}, print(out), print(err));
        assertThat(rc).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("2026-03-19\n").contains("春节");
        out.reset();
        rc = DeadlineCli.run(new String[] {"--from", "2026-02-13", "--working-days", "99999999999"}, print(out),
                print(err));
        assertThat(rc).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("过大", "3650");
    }

    @Test
    void the_cli_uses_a_given_calendar_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, HEAD + "2025-01-01,off,元旦\n2025-09-29,off,测试\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = DeadlineCli.run(new String[] {"--from", "2025-09-26", "--working-days", "1", "--calendar",
                file.toString()}, print(out), print(new ByteArrayOutputStream()));
        assertThat(rc).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("2025-09-30\n").contains("2025-09-29 周一 不计 测试");
    }

    private static PrintStream print(ByteArrayOutputStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }
}
