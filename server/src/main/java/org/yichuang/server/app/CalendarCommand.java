package org.yichuang.server.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarYearChange;
import org.yichuang.core.calendar.DayType;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.Problem;
import org.yichuang.server.calendar.CalendarImportService;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.db.Database;
import org.yichuang.server.db.EmbeddedDatabase;
import org.yichuang.server.db.EmbeddedSettings;
import org.yichuang.server.db.RunningCluster;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallService;

/**
 * {@code calendar import FILE [--confirm] [--source TEXT]} and {@code calendar show YEAR} on the server's database
 * (the same server options: --data-dir, --db-url …). With the embedded database it uses the running server's cluster
 * when there is one (the server picks the new version up within {@value HallServer#CALENDAR_WATCH_SECONDS} s), else
 * starts the cluster for the command. Same checks and the same conflict rule as the API; the deadlines of open cases
 * are recomputed before the command returns.
 */
final class CalendarCommand {
    /** Exit codes: 0 done, 1 failure, 2 bad command line, 3 published year differs (use --confirm), 4 bad file. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CONFLICT = 3;
    static final int INVALID = 4;

    static final String USAGE_TEXT = """
            用法：yichuang calendar import 文件 [--confirm] [--source 来源说明] [服务端参数]
                  yichuang calendar show 年份 [服务端参数]

              import   导入一个或几个年份的放假安排（CSV：date,kind,holiday[,counts_as_statutory]；文件为 - 时读标准输入）；
                       已发布年份的内容不同时列出差异并退出（退出码 3），确认后加 --confirm 重新运行
              show     列出某年的节假日、调休上班日和工作日数
              服务端参数与 yichuang server 相同（--data-dir、--db-url、--db-user、--db-password、--config）。""";

    private final Map<String, String> env;
    private final String userHome;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    CalendarCommand(Map<String, String> env, String userHome, InputStream in, PrintStream out, PrintStream err,
            Clock clock) {
        this.env = env;
        this.userHome = userHome;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs the command; returns the exit code. */
    int run(List<String> args) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            out.println(USAGE_TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        String action = args.get(0);
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        boolean confirm = rest.remove("--confirm");
        String source = null;
        int s = rest.indexOf("--source");
        if (s >= 0) {
            if (s + 1 >= rest.size()) {
                return usage("参数 --source 缺少取值。");
            }
            source = rest.get(s + 1);
            rest.subList(s, s + 2).clear();
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--") && !rest.get(0).equals("-")) {
            return usage(action.equals("show") ? "缺少年份。" : "缺少文件。");
        }
        String target = rest.remove(0);
        ServerConfig config;
        try {
            config = new ConfigLoader(env, userHome).load(rest.toArray(String[]::new));
        } catch (ConfigException e) {
            return usage(e.getMessage());
        }
        return switch (action) {
            case "import" -> importFile(config, target, source, confirm);
            case "show" -> show(config, target);
            default -> usage("未知的子命令：" + action + "（可用：import、show）");
        };
    }

    private int usage(String message) {
        err.println("错误：" + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int importFile(ServerConfig config, String file, String source, boolean confirm) {
        String csv;
        try {
            byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
            csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            err.println("错误：文件“" + file + "”不是 UTF-8 编码的文本。");
            return INVALID;
        } catch (IOException | SecurityException e) {
            err.println("错误：无法读取文件“" + file + "”：" + e.getMessage());
            return FAILED;
        }
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        String text = csv;
        String named = source != null ? source
                : "命令行导入：" + (file.equals("-") ? "标准输入" : Path.of(file).getFileName());
        return withDatabase(config, jdbi -> {
            CalendarService calendars = HallServer.calendar(jdbi,
                    new HallService(jdbi.onDemand(HallDao.class), () -> ""), clock);
            try {
                CalendarImportResult r = new CalendarImportService(jdbi, calendars, clock)
                        .importCsv(null, text, named, confirm);
                print(r);
                return OK;
            } catch (DomainException e) {
                err.println("错误：" + e.getMessage());
                for (Problem p : e.problems()) {
                    err.println("  " + (p.row() == null ? "" : "第 " + p.row() + " 行：") + p.message()
                            + "  [" + p.code() + "]");
                }
                return switch (e.code()) {
                    case CALENDAR_YEAR_CONFLICT -> {
                        err.println("如确认以文件为准，请加 --confirm 重新运行。");
                        yield CONFLICT;
                    }
                    case CALENDAR_IMPORT_INVALID -> INVALID;
                    default -> FAILED;
                };
            }
        });
    }

    private void print(CalendarImportResult r) {
        if (r.created()) {
            out.println("已导入工作日历：新版本 " + r.version().number() + "（来源：" + r.version().source() + "）");
        } else {
            out.println("文件与当前工作日历（版本 " + r.version().number() + "）相同，未建立新版本。");
        }
        for (CalendarYearChange y : r.years()) {
            out.println(y.year() + " 年" + (y.wasPublished() ? "" : "（原为暂定）") + "：新增 " + y.added() + " 天，取消 "
                    + y.removed() + " 天，改变 " + y.changed() + " 天");
            y.details().forEach(d -> out.println("  " + d));
        }
        out.println("已发布年份：" + r.version().publishedYears());
        out.println("已重新计算 " + r.casesChecked() + " 件未办结案件的期限，其中 " + r.casesMoved() + " 件期限改变。");
    }

    private int show(ServerConfig config, String yearText) {
        int year;
        try {
            year = Integer.parseInt(yearText.strip());
        } catch (NumberFormatException e) {
            return usage("年份应为整数：" + yearText);
        }
        if (year < WorkCalendar.MIN_YEAR || year > WorkCalendar.MAX_YEAR) {
            return usage("年份应在 " + WorkCalendar.MIN_YEAR + " 到 " + WorkCalendar.MAX_YEAR + " 之间：" + year);
        }
        return withDatabase(config, jdbi -> {
            WorkCalendar c = new CalendarService(jdbi, clock).current();
            LocalDate first = LocalDate.of(year, 1, 1);
            boolean provisional = c.isProvisional(first);
            out.println(year + " 年工作日历（版本 " + c.version().number() + "，来源：" + c.version().source() + "）"
                    + (provisional ? "：暂定，尚未导入官方放假安排，仅按周末计算" : ""));
            out.println("工作日 " + c.workingDaysBetween(first.minusDays(1), LocalDate.of(year, 12, 31)) + " 天");
            for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
                DayType t = c.typeOf(d);
                if (t == DayType.WORKDAY || t == DayType.WEEKEND) {
                    continue;
                }
                out.println(d + " " + WEEKDAYS[d.getDayOfWeek().getValue() - 1] + " " + t.chinese()
                        + c.holidayName(d).map(h -> " " + h).orElse(""));
            }
            return OK;
        });
    }

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private interface Work {
        int run(Jdbi jdbi);
    }

    /** Runs on the configured database, the running server's embedded cluster, or one started for the command. */
    private int withDatabase(ServerConfig config, Work work) {
        EmbeddedDatabase started = null;
        Database database = null;
        try {
            if (config.dbUrl() != null) {
                database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), 2);
            } else {
                EmbeddedSettings settings = EmbeddedSettings.hall(config.dataDir());
                database = RunningCluster.open(settings, 2).orElse(null);
                if (database == null) {
                    if (!Files.isDirectory(settings.pgData())) {
                        err.println("错误：数据目录 " + config.dataDir() + " 中没有数据库；请先启动一次服务端，"
                                + "或用 --data-dir / --db-url 指定服务端的数据库。");
                        return FAILED;
                    }
                    started = EmbeddedDatabase.start(settings);
                    database = Database.open(started.jdbcUrl(EmbeddedDatabase.DATABASE), started.appUser(),
                            started.appPassword(), 2);
                }
            }
            // a database the server never started on has no calendar yet
            new CalendarService(database.jdbi(), clock).seedIfEmpty();
            return work.run(database.jdbi());
        } catch (RuntimeException e) {
            err.println("错误：" + e.getMessage());
            return FAILED;
        } finally {
            if (database != null) {
                database.close();
            }
            if (started != null) {
                started.close();
            }
        }
    }
}
