package org.yichuang.server.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps {@code case_alert_facts} by column name. Written out because the day-boundary sweep reads every open case:
 * the constructor mapper matches the column names against the parameters again for each query.
 */
public final class AlertCaseRowMapper implements RowMapper<AlertCaseRow> {
    @Override
    public AlertCaseRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AlertCaseRow(rs.getLong("id"), rs.getString("state"), rs.getLong("staff_id"),
                instant(rs, "accepted_at"), instant(rs, "promised_due_at"), instant(rs, "legal_due_at"),
                instant(rs, "step_due_at"), rs.getString("current_step"), rs.getString("alert_level"),
                instant(rs, "clock_stopped_at"), rs.getString("zone_id"), rs.getInt("warning_working_days"),
                rs.getInt("warning_used_percent"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
