package org.yichuang.server.supervision;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.db.Database;
import org.yichuang.server.testing.SharedPostgres;

/** A fresh copy of the demo database (hall, counters, staff, catalog) with the shipped calendar, per test. */
final class DemoDatabase implements BeforeEachCallback, AfterEachCallback {
    private Database database;
    private String name;

    @Override
    public void beforeEach(ExtensionContext context) {
        SharedPostgres postgres = SharedPostgres.get();
        name = postgres.newDemoDatabase();
        database = postgres.open(name, 4);
        new CalendarService(database.jdbi(), Clock.systemUTC()).seedIfEmpty();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.close();
        SharedPostgres.get().drop(name);
    }

    Jdbi jdbi() {
        return database.jdbi();
    }
}
