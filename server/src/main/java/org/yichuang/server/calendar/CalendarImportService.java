package org.yichuang.server.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarYearChange;
import org.yichuang.core.calendar.CalendarCsv;
import org.yichuang.core.calendar.CalendarDiff;
import org.yichuang.core.calendar.CalendarEntry;
import org.yichuang.core.calendar.CalendarFileException;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;

/**
 * Imports an official schedule (导入工作日历) as a new calendar version: the newest version's days with the file's
 * years replaced. A file with any problem changes nothing. A year that was published and that the file changes is
 * refused with the difference unless the request confirms; a provisional (暂定) year is simply replaced. After the
 * commit the new version takes effect and the listeners recompute open deadlines.
 */
public final class CalendarImportService {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarImportService.class);
    /** The longest source text (通知文号). */
    public static final int MAX_SOURCE_LENGTH = 200;

    private final Jdbi jdbi;
    private final CalendarService calendars;
    private final Clock clock;

    /** Wires the service. */
    public CalendarImportService(Jdbi jdbi, CalendarService calendars, Clock clock) {
        this.jdbi = jdbi;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * Checks and stores the file.
     *
     * @param staffId the importing administrator; null from the CLI
     * @param source  where the schedule comes from; blank for a default
     * @param confirm true to replace published years that differ
     * @throws DomainException CALENDAR_IMPORT_INVALID (422) listing every problem; CALENDAR_YEAR_CONFLICT (409)
     *                         listing every changed day of the published years; CALENDAR_SOURCE_INVALID (400)
     */
    public CalendarImportResult importCsv(Long staffId, String csv, String source, boolean confirm) {
        String checkedSource = source(source);
        CalendarSchedule file = parse(csv);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Stored stored = jdbi.inTransaction(h -> {
            CalendarDao dao = h.attach(CalendarDao.class);
            dao.lockCalendar();
            // imports build on the newest version stored, so two imports in a row both count
            CalendarVersionRow previous = dao.version(dao.newestNumber()).orElseThrow();
            CalendarSchedule installed = calendars.version(previous.number()).schedule();
            List<YearDiff> diffs = new ArrayList<>();
            for (int year : file.years()) {
                diffs.add(YearDiff.of(year, previous.published(year), installed, file));
            }
            List<YearDiff> conflicts = diffs.stream().filter(d -> d.published() && !d.same()).toList();
            if (!conflicts.isEmpty() && !confirm) {
                throw conflict(conflicts);
            }
            boolean nothingNew = diffs.stream().allMatch(d -> d.published() && d.same());
            if (nothingNew) {
                return new Stored(previous.number(), false, diffs);
            }
            List<CalendarEntry> days = new ArrayList<>();
            installed.entries().stream()
                    .filter(e -> !file.years().contains(e.date().getYear())).forEach(days::add);
            days.addAll(file.entries());
            days.sort(java.util.Comparator.comparing(CalendarEntry::date));
            TreeSet<Integer> published = new TreeSet<>(previous.years());
            published.addAll(file.years());
            int number = previous.number() + 1;
            CalendarService.store(h, number, checkedSource, now, now, staffId,
                    published.stream().mapToInt(Integer::intValue).toArray(), days);
            h.attach(AuditDao.class).record(now, staffId, AuditAction.CALENDAR_IMPORTED, String.valueOf(number),
                    audit(diffs, confirm));
            return new Stored(number, true, diffs);
        });
        CalendarChangeListener.Recomputed recomputed = stored.created() ? calendars.installed()
                : CalendarChangeListener.Recomputed.NONE;
        LOG.info("calendar import: version {} ({}), years {}; {} open cases checked, {} moved",
                stored.number(), stored.created() ? "new" : "unchanged", file.years(), recomputed.checked(),
                recomputed.moved());
        CalendarVersionRow row = jdbi.withExtension(CalendarDao.class, dao -> dao.version(stored.number()))
                .orElseThrow();
        return new CalendarImportResult(CalendarViews.info(row), stored.created(),
                stored.diffs().stream().map(CalendarImportService::change).toList(),
                recomputed.checked(), recomputed.moved());
    }

    private record Stored(int number, boolean created, List<YearDiff> diffs) {
    }

    private static String source(String source) {
        if (source == null || source.isBlank()) {
            return "导入的工作日历";
        }
        String s = source.strip();
        if (s.codePointCount(0, s.length()) > MAX_SOURCE_LENGTH || s.codePoints().anyMatch(Character::isISOControl)) {
            throw new DomainException(ErrorCode.CALENDAR_SOURCE_INVALID);
        }
        return s;
    }

    private static CalendarSchedule parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new DomainException(ErrorCode.CALENDAR_IMPORT_INVALID, "日历文件是空的，未导入任何内容。",
                    List.of(Problem.at("csv", ErrorCode.CALENDAR_IMPORT_INVALID, "文件中没有任何日期。")));
        }
        CalendarSchedule file;
        try {
            file = CalendarCsv.parse(csv);
        } catch (CalendarFileException e) {
            throw new DomainException(ErrorCode.CALENDAR_IMPORT_INVALID, "日历文件有 " + e.problems().size()
                    + " 处错误，未导入任何内容。请按错误清单修改后重新导入。", e.problems());
        }
        if (file.years().isEmpty()) {
            throw new DomainException(ErrorCode.CALENDAR_IMPORT_INVALID, "日历文件中没有任何日期，未导入任何内容。",
                    List.of(Problem.at("csv", ErrorCode.CALENDAR_IMPORT_INVALID, "文件中没有任何日期。")));
        }
        return file;
    }

    private static DomainException conflict(List<YearDiff> conflicts) {
        List<Problem> lines = new ArrayList<>();
        for (YearDiff d : conflicts) {
            for (CalendarDiff.DayChange c : d.diff().changes()) {
                ErrorCode code = switch (YearDiff.kind(c)) {
                    case ADDED -> ErrorCode.CALENDAR_DAY_ADDED;
                    case REMOVED -> ErrorCode.CALENDAR_DAY_REMOVED;
                    case CHANGED -> ErrorCode.CALENDAR_DAY_CHANGED;
                };
                lines.add(Problem.at(c.date().toString(), code, c.toChineseText()));
            }
        }
        String years = String.join("；", conflicts.stream().map(YearDiff::summary).toList());
        return new DomainException(ErrorCode.CALENDAR_YEAR_CONFLICT, "文件与已发布的日历不同（" + years
                + "）。确认导入后以文件为准，并重新计算受影响的未办结案件期限。", lines);
    }

    private static String audit(List<YearDiff> diffs, boolean confirm) {
        StringBuilder s = new StringBuilder();
        for (YearDiff d : diffs) {
            s.append(s.isEmpty() ? "" : " ").append(d.year()).append(d.published() ? ":published" : ":provisional")
                    .append(" +").append(d.count(YearDiff.Kind.ADDED)).append(" -")
                    .append(d.count(YearDiff.Kind.REMOVED)).append(" ~").append(d.count(YearDiff.Kind.CHANGED));
        }
        return s.append(confirm ? " confirmed" : "").toString();
    }

    private static CalendarYearChange change(YearDiff d) {
        return new CalendarYearChange(d.year(), d.published(), (int) d.count(YearDiff.Kind.ADDED),
                (int) d.count(YearDiff.Kind.REMOVED), (int) d.count(YearDiff.Kind.CHANGED),
                d.diff().changes().stream().map(CalendarDiff.DayChange::toChineseText).toList());
    }
}
