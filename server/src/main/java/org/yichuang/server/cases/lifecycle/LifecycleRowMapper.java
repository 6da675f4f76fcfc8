package org.yichuang.server.cases.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;

/**
 * Maps the lifecycle columns by name. Written out because every transition reads one such row: Jdbi's constructor
 * mapper matches the 33 column names against the parameters again for each query, and that matching was the largest
 * single cost of a transition in the server (JFR, bench/server-transition.sh).
 */
public final class LifecycleRowMapper implements RowMapper<LifecycleRow> {
    @Override
    public LifecycleRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        String basis = rs.getString("acceptance_basis");
        String legacyKind = rs.getString("legacy_case_kind");
        return new LifecycleRow(rs.getLong("id"), rs.getString("case_no"), CaseState.valueOf(rs.getString("state")),
                rs.getInt("state_version"), instant(rs, "received_at"), rs.getObject("received_on", LocalDate.class),
                instant(rs, "supplement_notice_due_at"), instant(rs, "supplement_notice_served_at"),
                instant(rs, "supplement_due_at"), instant(rs, "supplement_completed_at"), instant(rs, "accepted_at"),
                basis == null ? null : AcceptanceBasis.valueOf(basis), instant(rs, "legal_due_at"),
                instant(rs, "promised_due_at"), (Integer) rs.getObject("calendar_version"),
                instant(rs, "decided_at"), instant(rs, "delivered_at"), rs.getString("current_step"),
                instant(rs, "step_due_at"), rs.getString("alert_level"), (Long) rs.getObject("item_version_id"),
                rs.getLong("staff_id"), legacyKind == null ? null : CaseKind.valueOf(legacyKind),
                rs.getInt("legacy_statutory_value"), unit(rs.getString("legacy_statutory_unit")),
                rs.getInt("legacy_promised_value"), unit(rs.getString("legacy_promised_unit")),
                rs.getString("zone_id"), rs.getObject("cutoff_time", LocalTime.class), rs.getString("office_hours"),
                rs.getInt("warning_working_days"), rs.getInt("warning_used_percent"), instant(rs, "clock_stopped_at"),
                rs.getInt("extensions"), rs.getInt("suspension_count"), rs.getInt("history_count"),
                (Integer) rs.getObject("bundle_limit_value"), unit(rs.getString("bundle_limit_unit")),
                rs.getBoolean("bundle_parent"), (Long) rs.getObject("parent_case_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static LimitUnit unit(String name) {
        return name == null ? null : LimitUnit.valueOf(name);
    }
}
