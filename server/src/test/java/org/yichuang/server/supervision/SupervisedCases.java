package org.yichuang.server.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;

/**
 * Cases written straight into the demo database with exactly the state and due dates a test needs (the lifecycle
 * routes that would produce them belong to another package).
 */
final class SupervisedCases {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Jdbi jdbi;
    private int serial;

    SupervisedCases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The end of a hall day (24:00), stored as the next day's 00:00. */
    static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    /** A moment of a hall day. */
    static Instant at(String day, String time) {
        return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    /** A case to insert; change what the test needs. */
    final class Case {
        String state = "ACCEPTED";
        String staff = "window1";
        int counter = 1;
        String department = "测试部门";
        String applicant = "张三";
        String idNumber = "11010519491231002X";
        Instant receivedAt = at("2025-09-26", "10:00");
        Instant acceptedAt = at("2025-09-26", "10:00");
        Instant promisedDueAt = endOf("2025-10-30");
        Instant legalDueAt = endOf("2025-11-27");
        Instant stepDueAt;
        String step;
        String level = "NONE";
        String itemCode;

        Case state(String s) {
            state = s;
            return this;
        }

        Case staff(String s) {
            staff = s;
            return this;
        }

        Case counter(int n) {
            counter = n;
            return this;
        }

        Case department(String d) {
            department = d;
            return this;
        }

        Case applicant(String name, String id) {
            applicant = name;
            idNumber = id;
            return this;
        }

        Case received(Instant at) {
            receivedAt = at;
            return this;
        }

        Case accepted(Instant at) {
            acceptedAt = at;
            return this;
        }

        Case due(Instant promised, Instant legal) {
            promisedDueAt = promised;
            legalDueAt = legal;
            return this;
        }

        Case step(String name, Instant due) {
            step = name;
            stepDueAt = due;
            return this;
        }

        Case level(String l) {
            level = l;
            return this;
        }

        Case item(String code) {
            itemCode = code;
            return this;
        }

        /** Inserts the case; returns its id. */
        long insert() {
            int n = ++serial;
            return jdbi.inTransaction(h -> {
                long person = h.createQuery("INSERT INTO persons (id_number, name, created_at, updated_at) VALUES "
                        + "(:n, :name, now(), now()) ON CONFLICT (id_number, id_type) DO UPDATE SET updated_at = now() "
                        + "RETURNING id").bind("n", idNumber).bind("name", applicant).mapTo(Long.class).one();
                long id = h.createQuery("""
                        INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id,
                                           received_at, item_version_id, received_on, department, state, accepted_at,
                                           acceptance_basis, step_due_at, current_step, alert_level)
                        SELECT :caseNo, v.item_id, :person, :applicant,
                               (SELECT c.id FROM counters c WHERE c.number = :counter),
                               (SELECT s.id FROM staff s WHERE s.username = :staff), :received, v.id,
                               (CAST(:received AS timestamptz) AT TIME ZONE 'Asia/Shanghai')::date, :department,
                               :state, :accepted, CASE WHEN CAST(:accepted AS timestamptz) IS NULL THEN NULL
                               ELSE 'NORMAL' END, :stepDue, :step, :level
                        FROM service_item_versions v JOIN service_items i ON i.id = v.item_id
                        WHERE CAST(:item AS text) IS NULL OR i.implementation_code = :item
                        ORDER BY v.id LIMIT 1
                        RETURNING id""")
                        .bind("caseNo", "SUPV-" + n).bind("person", person).bind("applicant", applicant)
                        .bind("counter", counter).bind("staff", staff).bind("received", receivedAt)
                        .bind("department", department).bind("state", state).bind("accepted", acceptedAt)
                        .bind("stepDue", stepDueAt).bind("step", step).bind("level", level).bind("item", itemCode)
                        .mapTo(Long.class).one();
                // the due dates live in the case's case_clocks row (V21), added with the case
                h.createUpdate("UPDATE case_clocks SET legal_due_at = :legal, promised_due_at = :promised, "
                        + "calendar_version = 1 WHERE case_id = :id")
                        .bind("legal", legalDueAt).bind("promised", promisedDueAt).bind("id", id).execute();
                return id;
            });
        }
    }

    Case newCase() {
        return new Case();
    }

    /** Returns the stored level of a case. */
    String level(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT alert_level FROM cases WHERE id = :id").bind("id", caseId)
                .mapTo(String.class).one());
    }

    /** Returns the number of alert events of a case. */
    int events(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM alert_events WHERE case_id = :id")
                .bind("id", caseId).mapTo(Integer.class).one());
    }

    /** Sets the hall's 预警 thresholds. */
    void thresholds(int days, int percent) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE halls SET warning_working_days = :d, warning_used_percent = :p")
                .bind("d", days).bind("p", percent).execute());
    }
}
