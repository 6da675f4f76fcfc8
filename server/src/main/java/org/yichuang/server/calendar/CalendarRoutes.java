package org.yichuang.server.calendar;

import io.javalin.http.Context;
import org.yichuang.core.api.CalendarImportRequest;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarVersionInfo;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.RequestBodies;

/** HTTP for the working-day calendar (工作日历): the versions, a year's days, and the import. */
public final class CalendarRoutes {
    /** The import route; its body cap is {@link #MAX_IMPORT_BYTES}. */
    public static final String IMPORT_PATH = "/api/calendar/import";
    /** A year's schedule is a few KB; 1 MB holds a century of them in JSON. */
    public static final long MAX_IMPORT_BYTES = 1024L * 1024;

    private final CalendarService calendars;
    private final CalendarImportService imports;
    private final RequestBodies bodies;

    /** Serves the services' answers. */
    public CalendarRoutes(CalendarService calendars, CalendarImportService imports, RequestBodies bodies) {
        this.calendars = calendars;
        this.imports = imports;
        this.bodies = bodies;
    }

    /** GET /api/calendar: every version, the current one and its published years. */
    public void overview(Context ctx) {
        var rows = calendars.versionRows();
        WorkCalendar current = calendars.current();
        var versions = rows.stream().map(CalendarViews::info).toList();
        CalendarVersionInfo now = versions.stream().filter(v -> v.number() == current.version().number())
                .findFirst().orElseThrow();
        ctx.json(new CalendarOverview(now, versions, now.publishedYears()));
    }

    /** GET /api/calendar/{year}: every day of the year in the current version. */
    public void year(Context ctx) {
        int year;
        try {
            year = Integer.parseInt(ctx.pathParam("year"));
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorCode.CALENDAR_YEAR_OUT_OF_RANGE);
        }
        if (year < WorkCalendar.MIN_YEAR || year > WorkCalendar.MAX_YEAR) {
            throw new DomainException(ErrorCode.CALENDAR_YEAR_OUT_OF_RANGE);
        }
        ctx.json(CalendarViews.year(calendars.current(), year));
    }

    /** POST /api/calendar/import: JSON {@code {csv, source, confirm}}. */
    public void importFile(Context ctx) {
        CalendarImportRequest request = bodies.read(ctx, CalendarImportRequest.class);
        ctx.json(imports.importCsv(AuthHandler.principal(ctx).staffId(), request.csv(), request.source(),
                request.confirm()));
    }
}
