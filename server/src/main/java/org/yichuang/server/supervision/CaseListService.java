package org.yichuang.server.supervision;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yichuang.catalogio.table.XlsxTableWriter;
import org.yichuang.catalogio.table.XlsxTableWriter.Column;
import org.yichuang.catalogio.table.XlsxTableWriter.Kind;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.api.CaseListPage;
import org.yichuang.core.api.CaseListRow;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.staff.Role;
import org.yichuang.core.supervision.AlertAssessment;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.core.supervision.AlertPolicy;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * The case lists (办件列表) with their 红黄牌 levels: each clerk (窗口、后台、出件) sees the cases they received,
 * supervisors (监察) every case. Every read is audited by one row naming the filters and the cases returned.
 */
public final class CaseListService {
    /** Rows one export takes at most. */
    public static final int MAX_EXPORT_ROWS = 100_000;
    private static final int EXPORT_CHUNK = 5_000;
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Jdbi jdbi;
    private final AlertService alerts;
    private final Supplier<WorkCalendar> calendar;
    private final Supplier<ZoneId> hallZone;
    private final Clock clock;

    /**
     * Reads through {@code jdbi}; remaining days come from the current calendar, the export's dates from the hall's
     * zone ({@code HallService::zone}).
     */
    public CaseListService(Jdbi jdbi, AlertService alerts, Supplier<WorkCalendar> calendar, Supplier<ZoneId> hallZone,
            Clock clock) {
        this.jdbi = jdbi;
        this.alerts = alerts;
        this.calendar = calendar;
        this.hallZone = hallZone;
        this.clock = clock;
    }

    /** Whether the caller may list every case. */
    public static boolean supervises(Principal p) {
        return p.staff().roles().contains(Role.SUPERVISOR);
    }

    /**
     * Returns one page, the counts per level and the total, and audits the read.
     *
     * @throws DomainException CASE_LIST_SCOPE_FORBIDDEN for scope=all without the SUPERVISOR role
     */
    public CaseListPage list(Principal caller, CaseListQuery q) {
        requireScope(caller, q);
        Instant now = clock.instant();
        WorkCalendar cal = calendar.get();
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            CaseListDao dao = h.attach(CaseListDao.class);
            CaseListSql.Ids ids = dao.ids(q);
            Map<AlertLevel, Long> counts = counts(dao, q, caller.staffId(), ids);
            long total = total(counts, q);
            CaseListSql sql = CaseListSql.of(q, caller.staffId(), ids);
            List<ListedCaseRow> rows = dao.page(q, sql, q.size(), (long) q.page() * q.size());
            h.attach(AuditDao.class).record(now, caller.staffId(), AuditAction.CASE_LIST_READ, "cases",
                    CaseListSql.summary(q) + ";page=" + q.page() + ";size=" + q.size() + ";total=" + total
                            + ";ids=" + rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(",")));
            return new CaseListPage(rows.stream().map(r -> row(r, now, cal)).toList(), q.page(), q.size(), total,
                    counts);
        });
    }

    private static Map<AlertLevel, Long> counts(CaseListDao dao, CaseListQuery q, long callerId,
            CaseListSql.Ids ids) {
        CaseListSql sql = CaseListSql.withoutLevel(q, callerId, ids);
        Map<AlertLevel, Long> counts = new EnumMap<>(AlertLevel.class);
        Arrays.stream(AlertLevel.values()).forEach(l -> counts.put(l, 0L));
        for (LevelCountRow c : dao.levelCounts(sql.where(), sql.values())) {
            counts.put(AlertLevel.valueOf(c.alertLevel()), c.count());
        }
        return counts;
    }

    private static void requireScope(Principal caller, CaseListQuery q) {
        if (q.all() && !supervises(caller)) {
            throw new DomainException(ErrorCode.CASE_LIST_SCOPE_FORBIDDEN);
        }
    }

    private CaseListRow row(ListedCaseRow r, Instant now, WorkCalendar cal) {
        AlertCaseRow facts = r.alertRow();
        AlertAssessment a = alerts.assess(facts, now);
        ZoneId zone = facts.zone();
        Instant judged = AlertPolicy.judgedAt(facts.facts(), now);
        CaseState state = CaseState.valueOf(r.state());
        boolean open = state.open();
        AlertLevel level = AlertLevel.valueOf(r.alertLevel());
        return new CaseListRow(r.caseNo(), r.itemCode(), r.itemName(), r.department(), r.applicantName(),
                Masking.documentNumber(r.idNumber()), state, state.label(), r.receivedAt(), r.acceptedAt(),
                due(r.promisedDueAt(), r.calendarVersion(), zone, judged, open, cal),
                due(r.legalDueAt(), r.calendarVersion(), zone, judged, open, cal), a.remainingWorkingDays(), level,
                level.label(), r.deadlineMoved(), r.counterNo(), r.staffName());
    }

    private static CaseDueDate due(Instant at, Integer version, ZoneId zone, Instant judged, boolean open,
            WorkCalendar cal) {
        if (at == null) {
            return null;
        }
        var day = AlertPolicy.dueDay(at, zone);
        Integer remaining = open ? AlertPolicy.remainingWorkingDays(at, judged, zone, cal::workingDaysBetween) : null;
        return new CaseDueDate(at, day, cal.isProvisional(day), version == null ? cal.version().number() : version,
                remaining);
    }

    /** An exported workbook and its file name. */
    public record Export(String fileName, byte[] content, int rows) {
    }

    /**
     * Returns the matching cases (all pages) as an .xlsx workbook with Chinese headers, and audits the export.
     *
     * @throws DomainException CASE_EXPORT_TOO_LARGE beyond {@link #MAX_EXPORT_ROWS} rows
     */
    public Export export(Principal caller, CaseListQuery q) {
        requireScope(caller, q);
        Instant now = clock.instant();
        WorkCalendar cal = calendar.get();
        ZoneId zone = hallZone.get();
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            CaseListDao dao = h.attach(CaseListDao.class);
            CaseListSql.Ids ids = dao.ids(q);
            Map<AlertLevel, Long> counts = counts(dao, q, caller.staffId(), ids);
            long total = total(counts, q);
            if (total > MAX_EXPORT_ROWS) {
                throw new DomainException(ErrorCode.CASE_EXPORT_TOO_LARGE, "符合条件的办件有 " + total
                        + " 件，超过一次导出的上限 " + MAX_EXPORT_ROWS + " 件，请缩小查询范围后再导出。");
            }
            CaseListSql sql = CaseListSql.of(q, caller.staffId(), ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rows;
            String title = "办件清单（导出时间 " + LocalDateTime.ofInstant(now, zone).withNano(0)
                    .toString().replace('T', ' ') + "；条件 " + CaseListSql.summary(q) + "）";
            try (XlsxTableWriter table = new XlsxTableWriter("办件清单", title, COLUMNS)) {
                for (long offset = 0; ; offset += EXPORT_CHUNK) {
                    List<ListedCaseRow> chunk = dao.page(q, sql, EXPORT_CHUNK, offset);
                    for (ListedCaseRow r : chunk) {
                        table.row(cells(row(r, now, cal), r.zoneId()));
                    }
                    if (chunk.size() < EXPORT_CHUNK) {
                        break;
                    }
                }
                rows = table.rows();
                table.writeTo(out);
            }
            h.attach(AuditDao.class).record(now, caller.staffId(), AuditAction.CASE_LIST_EXPORTED, "cases",
                    CaseListSql.summary(q) + ";rows=" + rows);
            String day = LocalDateTime.ofInstant(now, zone).toLocalDate().format(FILE_DAY);
            return new Export("办件清单-" + day + ".xlsx", out.toByteArray(), rows);
        });
    }

    static final List<Column> COLUMNS = List.of(new Column("办件编号", Kind.TEXT, 30),
            new Column("事项编码", Kind.TEXT, 26), new Column("事项名称", Kind.TEXT, 30),
            new Column("实施部门", Kind.TEXT, 18), new Column("申请人", Kind.TEXT, 12),
            new Column("证件号码（脱敏）", Kind.TEXT, 20), new Column("办件状态", Kind.TEXT, 12),
            new Column("收件时间", Kind.DATE_TIME, 17), new Column("受理时间", Kind.DATE_TIME, 17),
            new Column("承诺办结期限", Kind.DATE, 12), new Column("法定办结期限", Kind.DATE, 12),
            new Column("剩余工作日", Kind.INTEGER, 10), new Column("预警级别", Kind.TEXT, 8),
            new Column("期限已调整", Kind.TEXT, 8), new Column("窗口", Kind.INTEGER, 6),
            new Column("经办人", Kind.TEXT, 10), new Column("期限暂定", Kind.TEXT, 8));

    private static List<Object> cells(CaseListRow r, String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(r.caseNo());
        cells.add(r.itemCode());
        cells.add(r.itemName());
        cells.add(r.department());
        cells.add(r.applicantName());
        cells.add(r.applicantIdNumberMasked());
        cells.add(r.stateLabel());
        cells.add(local(r.receivedAt(), zone));
        cells.add(local(r.acceptedAt(), zone));
        cells.add(r.promisedDue() == null ? null : r.promisedDue().date());
        cells.add(r.legalDue() == null ? null : r.legalDue().date());
        cells.add(r.remainingWorkingDays());
        cells.add(r.alertLabel());
        cells.add(r.deadlineMoved() ? "是" : "否");
        cells.add(r.counterNo());
        cells.add(r.staffName());
        boolean provisional = (r.promisedDue() != null && r.promisedDue().provisional())
                || (r.legalDue() != null && r.legalDue().provisional());
        cells.add(provisional ? "是" : "否");
        return cells;
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone).withNano(0);
    }

    /** The cases the filters match: the counts of the levels asked for, or of every level. */
    private static long total(Map<AlertLevel, Long> counts, CaseListQuery q) {
        return q.levels().isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
                : q.levels().stream().mapToLong(counts::get).sum();
    }
}
