package org.yichuang.server.app;

import static org.yichuang.core.staff.Role.ADMIN;
import static org.yichuang.core.staff.Role.BACK_OFFICE;
import static org.yichuang.core.staff.Role.RELEASE;
import static org.yichuang.core.staff.Role.SUPERVISOR;
import static org.yichuang.core.staff.Role.WINDOW;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.calendar.CalendarRoutes;
import org.yichuang.server.catalog.CatalogFileRoutes;
import org.yichuang.server.auth.Access;
import org.yichuang.server.web.JacksonJsonMapper;
import org.yichuang.server.web.JsonErrorHandler;
import org.yichuang.server.web.MalformedBodyException;
import org.yichuang.server.web.PublicFont;
import org.yichuang.server.web.SecurityHeaders;
import org.yichuang.server.auth.StaffRole;

/** Builds the (unstarted) Javalin app: the one route table and the one exception mapping. */
public final class ServerApp {
    private ServerApp() {
    }

    /**
     * Returns the app listening (once started) on {@code bind:port}, over HTTPS when {@code tls} is given.
     *
     * @param tls null for plain HTTP
     */
    public static Javalin create(Handlers h, ObjectMapper json, String bind, int port, long maxBodyBytes,
            TlsSettings tls) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JacksonJsonMapper(json));
            config.http.maxRequestSize = maxBodyBytes;
            config.jetty.host = bind;
            config.jetty.port = port;
            if (tls != null) {
                config.jetty.addConnector((server, httpConfig) -> tls.connector(server, httpConfig, bind, port));
            }
            config.requestLogger.http(new RequestLog());
            // Jetty's own refusals (bad request line, URI or headers too large) answer in our JSON too
            JsonErrorHandler jettyErrors = new JsonErrorHandler(json);
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));

            var r = config.routes;
            r.before(SecurityHeaders::apply);
            r.before(h.bodies()::checkDeclaredLength);
            r.beforeMatched(h.auth()::check);

            r.get("/health", h.health()::check, Access.PUBLIC);
            r.post("/api/sessions", h.sessions()::signIn, Access.PUBLIC);
            r.get("/api/sessions/current", h.sessions()::current, Access.SIGNED_IN);
            r.delete("/api/sessions/current", h.sessions()::signOut, Access.SIGNED_IN);
            r.get("/api/hall", h.hall()::info, Access.SIGNED_IN);
            r.get("/api/counters", h.counters()::list, Access.SIGNED_IN);
            r.get("/api/items", h.items()::list, Access.SIGNED_IN);
            r.get("/api/items/{code}", h.items()::get, Access.SIGNED_IN);
            r.get("/api/items/{code}/versions", h.items()::versions, StaffRole.of(ADMIN));
            r.get("/api/catalog/items", h.items()::listings, StaffRole.of(ADMIN));
            r.put("/api/items/{code}", h.items()::save, StaffRole.of(ADMIN));
            r.get("/api/bundles", h.bundles()::list, Access.SIGNED_IN);
            r.put("/api/bundles/{code}", h.bundles()::save, StaffRole.of(ADMIN));
            r.delete("/api/bundles/{code}", h.bundles()::delete, StaffRole.of(ADMIN));
            r.post(CatalogFileRoutes.IMPORT_PATH, h.catalogFiles()::importFile, StaffRole.of(ADMIN));
            r.get("/api/catalog/export", h.catalogFiles()::export, StaffRole.of(ADMIN));
            r.post("/api/cases", h.cases()::create, StaffRole.of(WINDOW));
            // before /api/cases/{caseNo}: the first matching route answers
            r.get("/api/cases", h.supervision()::list, StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.get("/api/cases/export.xlsx", h.supervision()::export, StaffRole.of(SUPERVISOR));
            r.get("/api/alerts/stream", h.supervision()::stream, StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.get("/api/cases/{caseNo}", h.cases()::get, StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.get("/api/cases/{caseNo}/lifecycle", h.lifecycle()::view,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            // which action each role may take is core's transition table (TRANSITION_ROLE_FORBIDDEN)
            r.post("/api/cases/{caseNo}/transitions", h.lifecycle()::transition,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            // issue 10: intake outcomes and supplements are the counter's (core's IntakeRules decide what is lawful)
            // a 一件事 parent's number records the application's intake on its children (else the single case's)
            r.post("/api/cases/{caseNo}/intake", h.bundleCases()::intake, StaffRole.of(WINDOW));
            r.post("/api/cases/{caseNo}/intake/options", h.bundleCases()::intakeOptions, StaffRole.of(WINDOW));
            r.get("/api/cases/{caseNo}/intake", h.lifecycle()::intakeView,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.post("/api/cases/{caseNo}/supplements", h.lifecycle()::supplement, StaffRole.of(WINDOW));
            r.get("/api/cases/{caseNo}/deadline-explanation", h.lifecycle()::explanation,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            // issue 10: the documents (文书) issued with a case; a window clerk sees those of the counter's hall only
            r.get("/api/cases/{caseNo}/documents", h.documents()::list,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.get("/api/cases/{caseNo}/documents/{id}/pdf", h.documents()::pdf,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.post("/api/cases/{caseNo}/documents/{id}/copies", h.documents()::copy,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            // a card read at the counter: audited as "read at counter N (kind)", never with the card's content
            r.post("/api/identity-reads", h.identityReads()::record, StaffRole.of(WINDOW));
            // issue 12: the hall queue; reception issues and counters call (docs/queue.md)
            r.get("/api/queue/settings", h.queue()::settings, Access.SIGNED_IN);
            r.put("/api/queue/settings", h.queue()::saveSettings, StaffRole.of(ADMIN));
            r.post("/api/queue/tickets", h.queue()::issue, StaffRole.of(WINDOW));
            r.get("/api/queue/counter", h.queue()::counter, StaffRole.of(WINDOW));
            r.post("/api/queue/counter/next", h.queue()::callNext, StaffRole.of(WINDOW));
            r.post("/api/queue/counter/call", h.queue()::call, StaffRole.of(WINDOW));
            r.post("/api/queue/counter/pause", h.queue()::pause, StaffRole.of(WINDOW));
            r.post("/api/queue/counter/resume", h.queue()::resume, StaffRole.of(WINDOW));
            r.post("/api/queue/tickets/{id}/{action}", h.queue()::act, StaffRole.of(WINDOW));
            // the self-service kiosk: no sign-in, rate-limited per address, no priority
            r.post("/kiosk/api/tickets", h.queue()::kioskIssue, Access.PUBLIC);
            // issue 12: the daily queue figures (waiting, service, idle with a queue) of one queue day
            r.get("/api/queue/figures", h.queueFigures()::figures, StaffRole.of(SUPERVISOR, ADMIN));
            r.get("/api/queue/figures/export.xlsx", h.queueFigures()::export, StaffRole.of(SUPERVISOR, ADMIN));
            // issue 10: applicants (the number in the body: URLs end up in proxies' and access logs)
            r.post("/api/applicants/lookup", h.applicants()::lookup, StaffRole.of(WINDOW));
            // issue 10: 一件事 applications (a parent case with one child per member item)
            r.post("/api/bundle-cases", h.bundleCases()::create, StaffRole.of(WINDOW));
            r.get("/api/bundle-cases/{caseNo}", h.bundleCases()::get,
                    StaffRole.of(WINDOW, BACK_OFFICE, RELEASE, SUPERVISOR));
            r.get("/api/audit", h.audit()::recent, StaffRole.of(SUPERVISOR, ADMIN));
            r.get("/api/calendar", h.calendar()::overview, Access.SIGNED_IN);
            r.get("/api/calendar/{year}", h.calendar()::year, Access.SIGNED_IN);
            r.post(CalendarRoutes.IMPORT_PATH, h.calendar()::importFile, StaffRole.of(ADMIN));
            // the public pages' Chinese web font, for kiosk and board PCs without one (PublicFont)
            PublicFont font = new PublicFont();
            r.get(PublicFont.PATH, font::serve, Access.PUBLIC);
            // public guide pages (办事指南) for the QR codes of printed guides: catalogue text only
            r.get("/guide", h.guide()::index, Access.PUBLIC);
            r.get("/guide/items/{code}", h.guide()::item, Access.PUBLIC);
            r.get("/guide/bundles/{code}", h.guide()::bundle, Access.PUBLIC);
            // issue 12: live stream and display board (docs/queue.md); public: only what a board may show
            r.get("/api/queue/events", h.queueStream()::staffStream, Access.SIGNED_IN);
            r.get("/public/queue/events", h.queueStream()::publicStream, Access.PUBLIC);
            r.get("/public/queue/board", h.board()::state, Access.PUBLIC);
            r.get("/board", h.board()::page, Access.PUBLIC);
            r.get("/board/{asset}", h.board()::asset, Access.PUBLIC);
            r.get("/board/audio/{segment}", h.board()::audio, Access.PUBLIC);

            // issue 12: kiosk and bookings — public pages and their routes (no sign-in, rate-limited, nothing
            // personal in any answer), the reception check-in and the slot capacities
            r.get("/kiosk", h.publicPages()::kiosk, Access.PUBLIC);
            r.get("/kiosk/assets/{name}", h.publicPages()::asset, Access.PUBLIC);
            r.get("/booking", h.publicPages()::booking, Access.PUBLIC);
            r.get("/q/{token}", h.publicPages()::phone, Access.PUBLIC);
            r.get("/kiosk/api/categories", h.publicQueue()::kioskCategories, Access.PUBLIC);
            r.post("/kiosk/api/checkin", h.publicQueue()::kioskCheckIn, Access.PUBLIC);
            r.get("/public/queue/tickets/{token}", h.publicQueue()::ticket, Access.PUBLIC);
            r.get("/public/queue/tickets/{token}/qr.svg", h.publicQueue()::ticketQr, Access.PUBLIC);
            r.get("/public/booking/options", h.publicQueue()::bookingOptions, Access.PUBLIC);
            r.post("/public/booking/bookings", h.publicQueue()::book, Access.PUBLIC);
            r.get("/public/booking/bookings/{token}", h.publicQueue()::booking, Access.PUBLIC);
            r.post("/public/booking/bookings/{token}/cancel", h.publicQueue()::cancel, Access.PUBLIC);
            r.post("/api/queue/bookings/checkin", h.publicQueue()::receptionCheckIn, StaffRole.of(WINDOW));
            r.put("/api/queue/booking-capacities/{category}", h.publicQueue()::setCapacity, StaffRole.of(ADMIN));
            // issue 12: booking capacities in the 叫号设置 page
            r.get("/api/queue/booking-capacities", h.publicQueue()::capacities, StaffRole.of(ADMIN));
            // issue 10: supplements and status — the public case status page of the notices' QR code (查询密码)
            r.get("/s/{caseNo}", h.status()::form, Access.PUBLIC);
            r.post("/s/{caseNo}", h.status()::query, Access.PUBLIC);
            // issue 10: hall settings — the remedies, 容缺 policies, document numbering and phones (大厅设置)
            r.get("/api/hall/document-settings", h.hallSettings()::get, StaffRole.of(ADMIN));
            r.put("/api/hall/document-settings", h.hallSettings()::save, StaffRole.of(ADMIN));

            r.exception(DomainException.class, h.errors()::domain);
            r.exception(MalformedBodyException.class, h.errors()::malformed);
            r.exception(ValidationException.class, (e, ctx) -> h.errors().domain(
                    new DomainException(ErrorCode.MALFORMED_REQUEST), ctx));
            r.exception(HttpResponseException.class, h.errors()::http);
            r.exception(Exception.class, h.errors()::unexpected);
            r.error(404, h.errors()::status);
            r.error(405, h.errors()::status);
            r.error(413, h.errors()::status);
            r.error(415, h.errors()::status);
        });
    }
}
