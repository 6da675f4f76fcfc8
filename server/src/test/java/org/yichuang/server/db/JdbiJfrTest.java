package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordingFile;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.StaffDao;
import org.yichuang.server.testing.SharedPostgres;

/**
 * Personal data stays out of Java Flight Recorder files: an administrator profiling a slow server with the JDK's
 * "profile" settings (as {@code jcmd <pid> JFR.start settings=profile} would) gets Jdbi's statement events, with
 * their SQL and duration, but none of the values bound to them.
 */
class JdbiJfrTest {
    private static final String NAME = "欧阳测试甲";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String PHONE = "13912345678";
    private static final String STATEMENT_EVENT = "jdbi.statement";

    @TempDir
    Path dir;

    private String database;
    private DataSource dataSource;

    @BeforeEach
    void database() {
        database = SharedPostgres.get().newMigratedDatabase();
        dataSource = SharedPostgres.get().dataSource(database);
    }

    @AfterEach
    void drop() {
        SharedPostgres.get().drop(database);
    }

    @Test
    void a_profiling_recording_gets_the_servers_statements_but_none_of_their_bound_values() throws Exception {
        List<RecordedEvent> events = recordWhile(Database.newJdbi(dataSource), JdbiJfrTest::personalStatements);

        List<RecordedEvent> statements = events.stream()
                .filter(e -> e.getEventType().getName().equals(STATEMENT_EVENT)).toList();
        assertThat(statements).as("Jdbi's statement events stay for profiling")
                .anySatisfy(e -> assertThat(e.getString("sql")).contains("staff"))
                .allSatisfy(e -> assertThat(e.getString("parameters")).isIn(null, "…}"));
        for (String value : List.of(NAME, ID_NUMBER, PHONE)) {
            assertThat(events).as("events mentioning %s", value).noneMatch(e -> mentions(e, value));
        }
    }

    @Test
    void a_jdbi_left_as_it_comes_would_have_recorded_them() throws Exception {
        // what the test above guards against, so that it cannot pass for a recording that missed the statements
        List<RecordedEvent> events = recordWhile(Jdbi.create(dataSource).installPlugin(
                new org.jdbi.v3.sqlobject.SqlObjectPlugin()).installPlugin(new org.jdbi.v3.postgres.PostgresPlugin()),
                JdbiJfrTest::personalStatements);

        for (String value : List.of(NAME, ID_NUMBER, PHONE)) {
            assertThat(events).as("events mentioning %s", value).anyMatch(e -> mentions(e, value));
        }
    }

    /** A SqlObject DAO, a named and a positional binding, each with one value nobody else uses. */
    private static void personalStatements(Jdbi jdbi) {
        jdbi.useTransaction(h -> h.attach(StaffDao.class).create("jfr-probe", NAME, "hash",
                Instant.parse("2026-03-02T01:00:00Z"), EnumSet.of(Role.WINDOW)));
        String found = jdbi.withHandle(h -> h.createQuery("SELECT display_name FROM staff WHERE display_name = :name "
                + "AND :id <> ''").bind("name", NAME).bind("id", ID_NUMBER).mapTo(String.class).one());
        assertThat(found).isEqualTo(NAME);
        jdbi.useHandle(h -> h.execute("SELECT ?::text", PHONE));
    }

    private List<RecordedEvent> recordWhile(Jdbi jdbi, Consumer<Jdbi> work) throws IOException, ParseException {
        Path file = dir.resolve("profile.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            work.accept(jdbi);
            recording.stop();
            recording.dump(file);
        }
        return RecordingFile.readAllEvents(file);
    }

    /** True when any string in the event, its thread, stack trace or other nested values contains {@code value}. */
    private static boolean mentions(RecordedObject object, String value) {
        for (ValueDescriptor field : object.getFields()) {
            if (mentionsValue(object.getValue(field.getName()), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsValue(Object v, String value) {
        if (v instanceof String s) {
            return s.contains(value);
        }
        if (v instanceof RecordedObject nested) {
            return mentions(nested, value);
        }
        if (v instanceof Object[] array) {
            for (Object element : array) {
                if (mentionsValue(element, value)) {
                    return true;
                }
            }
        }
        if (v instanceof List<?> list) {
            for (Object element : list) {
                if (mentionsValue(element, value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
