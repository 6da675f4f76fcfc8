package org.yichuang.server.queue.figures;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.catalogio.table.XlsxTableWriter;
import org.yichuang.catalogio.table.XlsxTableWriter.Column;
import org.yichuang.catalogio.table.XlsxTableWriter.Kind;
import org.yichuang.core.api.queue.QueueFigures;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.PriorityOrdering;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallRow;
import org.yichuang.server.queue.QueueSettingsService;

/**
 * The daily queue figures (排队日统计, issue 12 item 9): waiting, service and idle-with-queue times per counter, clerk,
 * category and hour of one queue day, computed from {@code queue_events} when asked — the events are the record, so
 * the figures of any past day can be recomputed and no summary can drift from them.
 */
public final class QueueFiguresService {
    private final Jdbi jdbi;
    private final QueueSettingsService settings;
    private final java.time.Clock clock;

    /** Reads through {@code jdbi}. */
    public QueueFiguresService(Jdbi jdbi, QueueSettingsService settings, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The figures of one queue day (SUPERVISOR, ADMIN); the read is audited, as they measure named clerks.
     *
     * @param day {@code YYYY-MM-DD}
     * @throws DomainException QUEUE_FIGURES_DAY_INVALID
     */
    public QueueFigures figures(Principal caller, String day) {
        LocalDate queueDay = parse(day);
        QueueSettings s = settings.current().settings();
        return jdbi.inTransaction(h -> {
            HallRow hall = h.attach(HallDao.class).firstHall()
                    .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "本服务器尚未登记大厅。"));
            ZoneId zone = hall.zone();
            // the queue day runs from one reset to the next, not from midnight
            Instant from = queueDay.atTime(s.dayReset()).atZone(zone).toInstant();
            Instant to = queueDay.plusDays(1).atTime(s.dayReset()).atZone(zone).toInstant();
            QueueFiguresDao dao = h.attach(QueueFiguresDao.class);
            List<QueueEventRow> events = dao.events(hall.id(), queueDay, from, to);
            Map<Integer, List<CounterAssignment>> served = s.assignments().stream()
                    .collect(Collectors.groupingBy(CounterAssignment::counterNo));
            DayFigures figures = new DayFigures(zone, served, s.ordering() == PriorityOrdering.DEDICATED_COUNTER)
                    .replay(events);
            long[] staffIds = events.stream().map(QueueEventRow::staffId).filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue).distinct().toArray();
            Map<Long, String> staffNames = dao.staffNames(staffIds).stream()
                    .collect(Collectors.toMap(QueueFiguresDao.Named::id, QueueFiguresDao.Named::displayName));
            Map<Integer, String> counterNames = dao.counterNames(hall.id()).stream()
                    .collect(Collectors.toMap(QueueFiguresDao.Numbered::number, QueueFiguresDao.Numbered::name));
            h.attach(AuditDao.class).record(clock.instant(), caller.staffId(), AuditAction.QUEUE_FIGURES_READ,
                    "queue-day:" + queueDay, events.size() + " events");
            return figures.result(queueDay, n -> counterNames.getOrDefault(n, n + "号窗口"),
                    id -> staffNames.getOrDefault(id, String.valueOf(id)),
                    code -> s.category(code).map(QueueCategory::name).orElse(code));
        });
    }

    /** An exported workbook and its file name. */
    public record Export(String fileName, byte[] content) {
    }

    /**
     * The figures of one queue day as an .xlsx workbook (排队日统计-yyyyMMdd.xlsx, SUPERVISOR, ADMIN): one table, a row
     * per counter, clerk, category and hour, then the whole day; times in whole seconds so the sheet can compute with
     * them; 90%等候 is the rows' own percentile (core {@code Percentiles}), as on the screen. Written by the same {@link XlsxTableWriter} as the case list's export; the read is audited as above.
     *
     * @throws DomainException QUEUE_FIGURES_DAY_INVALID
     */
    public Export export(Principal caller, String day) {
        QueueFigures f = figures(caller, day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter table = new XlsxTableWriter("排队日统计", "排队日统计（排队日 " + f.day() + "）", COLUMNS)) {
            rows(table, "窗口", f.counters());
            rows(table, "人员", f.staff());
            rows(table, "业务类别", f.categories());
            rows(table, "时段", f.hours());
            rows(table, "全天", List.of(f.total()));
            table.writeTo(out);
        }
        return new Export("排队日统计-" + f.day().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
                out.toByteArray());
    }

    static final List<Column> COLUMNS = List.of(new Column("分组", Kind.TEXT, 10), new Column("名称", Kind.TEXT, 20),
            new Column("叫号人数", Kind.INTEGER, 10), new Column("平均等候（秒）", Kind.INTEGER, 14),
            new Column("90%等候（秒）", Kind.INTEGER, 14), new Column("最长等候（秒）", Kind.INTEGER, 14), new Column("办理人次", Kind.INTEGER, 10),
            new Column("平均办理（秒）", Kind.INTEGER, 14), new Column("最长办理（秒）", Kind.INTEGER, 14),
            new Column("有人等候时空闲（秒）", Kind.INTEGER, 20));

    private static void rows(XlsxTableWriter table, String group, List<QueueFigures.Row> rows) {
        for (QueueFigures.Row r : rows) {
            table.row(java.util.Arrays.asList(group, r.label(), r.called(), seconds(r.meanWaitingMs()),
                    seconds(r.p90WaitingMs()), r.called() == 0 ? null : seconds(r.maxWaitingMs()), r.served(), seconds(r.meanServiceMs()),
                    r.served() == 0 ? null : seconds(r.maxServiceMs()), seconds(r.idleWithQueueMs())));
        }
    }

    private static Long seconds(Long ms) {
        return ms == null ? null : Math.round(ms / 1000.0);
    }

    private static LocalDate parse(String day) {
        if (day == null || day.isBlank()) {
            throw new DomainException(ErrorCode.QUEUE_FIGURES_DAY_INVALID, "请填写排队日期（YYYY-MM-DD）。");
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException(ErrorCode.QUEUE_FIGURES_DAY_INVALID, "排队日期“" + day.strip()
                    + "”不存在或格式不是 YYYY-MM-DD。");
        }
    }
}
