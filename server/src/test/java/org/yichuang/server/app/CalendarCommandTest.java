package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.calendar.CalendarCsv;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.testing.SharedPostgres;

class CalendarCommandTest {
    @TempDir
    Path dir;
    private String database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() {
        database = SharedPostgres.get().newDemoDatabase();
    }

    @AfterEach
    void drop() {
        SharedPostgres.get().drop(database);
    }

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        SharedPostgres pg = SharedPostgres.get();
        all.addAll(List.of("--db-url", pg.jdbcUrl(database), "--db-user", pg.user(), "--db-password", pg.password(),
                "--data-dir", dir.toString()));
        return new CalendarCommand(Map.of(), dir.toString(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int versions() {
        SharedPostgres pg = SharedPostgres.get();
        try (var c = pg.dataSource(database).getConnection();
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM calendar_versions")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void show_prints_a_years_special_days_and_its_working_day_count() {
        assertThat(run("", "show", "2026")).isZero();

        assertThat(out()).contains("2026 年工作日历（版本 1", "工作日 248 天", "2026-02-14 周六 调休上班 春节",
                "2026-10-07 周三 法定节假日 国庆节");
        assertThat(run("", "show", "2027")).isZero();
        assertThat(out()).contains("暂定");
    }

    @Test
    void a_changed_published_year_prints_the_difference_and_fails_until_confirmed() throws IOException {
        String csv = CalendarCsv.format(CalendarSchedule.of(CalendarService.shipped().entriesOf(2026)))
                + "2026-10-09,off,国庆节\n";
        Path f = file("2026.csv", csv);
        assertThat(run("", "show", "2026")).isZero();
        int before = versions();

        assertThat(run("", "import", f.toString())).isEqualTo(CalendarCommand.CONFLICT);
        assertThat(err()).contains("2026-10-09 周五：工作日 → 法定节假日（国庆节）", "--confirm");
        assertThat(versions()).isEqualTo(before);

        assertThat(run("", "import", f.toString(), "--confirm", "--source", "测试通知")).isZero();
        assertThat(out()).contains("新版本 " + (before + 1), "测试通知", "2026 年：新增 1 天");
        assertThat(versions()).isEqualTo(before + 1);
    }

    @Test
    void a_bad_file_names_its_lines_and_changes_nothing() throws IOException {
        Path f = file("bad.csv", "2027-01-01,off,元旦\n2027-02-30,off,春节\n");
        assertThat(run("", "show", "2027")).isZero();
        int before = versions();

        assertThat(run("", "import", f.toString())).isEqualTo(CalendarCommand.INVALID);
        assertThat(err()).contains("第 2 行", "CALENDAR_DATE_IMPOSSIBLE");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void a_provisional_year_is_imported_from_standard_input() {
        assertThat(run("2027-01-01,off,元旦\n", "import", "-")).isZero();

        assertThat(out()).contains("新版本 2", "2027 年（原为暂定）：新增 1 天", "已发布年份：[2024, 2025, 2026, 2027]");
    }

    @Test
    void a_wrong_command_line_says_how_to_use_it() {
        assertThat(run("", "import")).isEqualTo(CalendarCommand.USAGE);
        assertThat(run("", "show", "1990")).isEqualTo(CalendarCommand.USAGE);
        assertThat(run("", "delete", "x")).isEqualTo(CalendarCommand.USAGE);
        assertThat(err()).contains("用法");
    }
}
