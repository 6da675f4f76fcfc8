package org.yichuang.server.app;

import org.yichuang.server.hall.HallDao;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.security.SecureRandom;
import org.yichuang.server.cases.status.CaseAccess;
import org.yichuang.server.cases.status.QueryPasswords;
import org.yichuang.server.cases.status.StatusPage;
import org.yichuang.server.cases.status.StatusRoutes;
import org.yichuang.server.cases.status.StatusService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.AccountService;
import org.yichuang.server.account.InitialAdmin;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.account.Passwords;
import org.yichuang.server.account.SessionRoutes;
import org.yichuang.server.account.StaffAccounts;
import org.yichuang.server.account.Tokens;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.audit.AuditRoutes;
import org.yichuang.server.audit.AuditService;
import org.yichuang.server.calendar.CalendarImportService;
import org.yichuang.server.calendar.CalendarRoutes;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.cases.CaseRoutes;
import org.yichuang.server.cases.CaseService;
import org.yichuang.server.cases.bundle.BundleCaseRoutes;
import org.yichuang.server.cases.bundle.BundleCaseService;
import org.yichuang.server.cases.bundle.BundleIntakeService;
import org.yichuang.server.cases.lifecycle.CaseCalendar;
import org.yichuang.server.cases.lifecycle.DaySweep;
import org.yichuang.server.cases.lifecycle.LifecycleRoutes;
import org.yichuang.server.cases.lifecycle.TransitionService;
import org.yichuang.server.cases.NewCaseValidator;
import org.yichuang.server.catalog.BundleRoutes;
import org.yichuang.server.catalog.BundleService;
import org.yichuang.server.catalog.CatalogExportService;
import org.yichuang.server.catalog.CatalogFileRoutes;
import org.yichuang.server.catalog.CatalogImportService;
import org.yichuang.server.catalog.CatalogService;
import org.yichuang.server.catalog.CatalogWriter;
import org.yichuang.server.guide.GuideRoutes;
import org.yichuang.server.catalog.ItemEditService;
import org.yichuang.server.catalog.ItemJson;
import org.yichuang.server.catalog.ItemRoutes;
import org.yichuang.server.catalog.ItemVersionDao;
import org.yichuang.server.counter.CounterDao;
import org.yichuang.server.documents.DocumentIssuer;
import org.yichuang.server.documents.DocumentRoutes;
import org.yichuang.server.documents.DocumentService;
import org.yichuang.server.documents.NoticePdf;
import org.yichuang.reports.notice.NoticeData;
import org.yichuang.reports.notice.NoticeRenderer;
import org.yichuang.server.deadline.AlertRefresh;
import org.yichuang.server.deadline.DeadlineRecompute;
import org.yichuang.server.counter.CounterRoutes;
import org.yichuang.server.counter.CounterService;
import org.yichuang.server.hall.DayBoundary;
import org.yichuang.server.hall.HallRoutes;
import org.yichuang.server.supervision.AlertService;
import org.yichuang.server.supervision.AlertStream;
import org.yichuang.server.supervision.CaseListService;
import org.yichuang.server.supervision.SupervisionRoutes;
import org.yichuang.server.hall.HallService;
import org.yichuang.server.db.Database;
import org.yichuang.server.db.DeferredDataSource;
import org.yichuang.server.db.EmbeddedDatabase;
import org.yichuang.server.db.EmbeddedSettings;
import org.yichuang.server.demo.DemoAccount;
import org.yichuang.server.demo.DemoAccountsFile;
import org.yichuang.server.demo.DemoData;
import org.yichuang.server.guide.GuidePages;
import org.yichuang.server.health.HealthDao;
import org.yichuang.server.health.HealthRoutes;
import org.yichuang.server.identity.IdentityReadRoutes;
import org.yichuang.server.identity.IdentityReadService;
import org.yichuang.server.queue.BookingService;
import org.yichuang.server.queue.CounterDesk;
import org.yichuang.server.queue.QueueChanges;
import org.yichuang.server.queue.QueueEvents;
import org.yichuang.server.queue.QueueRoutes;
import org.yichuang.server.queue.QueueSettingsService;
import org.yichuang.server.queue.TicketService;
import org.yichuang.server.queue.kiosk.PublicPages;
import org.yichuang.server.queue.kiosk.PublicQueueRoutes;
import org.yichuang.server.queue.board.BoardRoutes;
import org.yichuang.server.queue.board.BoardService;
import org.yichuang.server.queue.live.QueueStream;
import org.yichuang.server.queue.figures.QueueFiguresRoutes;
import org.yichuang.server.queue.figures.QueueFiguresService;
import org.yichuang.server.applicant.ApplicantRoutes;
import org.yichuang.server.applicant.ApplicantService;
import org.yichuang.server.health.HealthService;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.ErrorMapper;
import org.yichuang.server.web.Json;
import org.yichuang.server.web.RequestBodies;

/** The composition root: wires database, services and HTTP, runs first-start tasks, and stops it all in order. */
public final class HallServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallServer.class);

    private final Javalin app;
    private final Database database;
    private final EmbeddedDatabase embedded;
    private final CalendarService calendar;
    private final DayBoundary dayBoundary;
    private final AlertStream alertStream;
    private final QueueStream queueStream;
    private final DaySweep daySweep;
    /** Finishes recomputes left undone and picks up calendar versions imported by another process (the CLI). */
    private final ScheduledExecutorService calendarWatch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yichuang-calendar-watch");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    private final ExecutorService renders;

    private HallServer(Javalin app, Database database, EmbeddedDatabase embedded, CalendarService calendar,
            DayBoundary dayBoundary, AlertStream alertStream, QueueStream queueStream, DaySweep daySweep,
            ExecutorService renders) {
        this.renders = renders;
        this.app = app;
        this.database = database;
        this.embedded = embedded;
        this.calendar = calendar;
        this.dayBoundary = dayBoundary;
        this.alertStream = alertStream;
        this.queueStream = queueStream;
        this.daySweep = daySweep;
    }

    /** The calendar as the case clocks see it: the version in effect, and any stored version. */
    static CaseCalendar caseCalendar(CalendarService calendar) {
        return new CaseCalendar() {
            @Override
            public WorkCalendar current() {
                return calendar.current();
            }

            @Override
            public WorkCalendar version(int number) {
                return calendar.version(number);
            }
        };
    }

    /**
     * The calendar and the deadline recompute that follows its changes (wired here: calendar may not know deadline).
     */
    static CalendarService calendar(Jdbi jdbi, HallService hall, Clock clock) {
        AtomicReference<CalendarService> calendar = new AtomicReference<>();
        AlertService alerts = new AlertService(jdbi, () -> calendar.get().current());
        calendar.set(calendar(jdbi, hall, clock, ids -> alerts.refreshCases(ids, clock.instant())));
        return calendar.get();
    }

    /** The same, telling {@code alerts} which cases' due dates moved (the 红黄牌 follow them at once). */
    static CalendarService calendar(Jdbi jdbi, HallService hall, Clock clock, AlertRefresh alerts) {
        CalendarService calendar = new CalendarService(jdbi, clock);
        calendar.addListener(new DeadlineRecompute(jdbi, calendar, hall::settings, alerts, clock));
        return calendar;
    }

    /**
     * The notices' renderer, one per hall zone (dates print in the hall's calendar day); fonts come from the reports
     * jar. Main starts the server headless; in-process tests keep their JVM's setting (the client's need a display).
     */
    static NoticePdf noticePdf() {
        Map<ZoneId, NoticeRenderer> renderers = new ConcurrentHashMap<>();
        return (zone, data, paper, copy) -> renderers.computeIfAbsent(zone, NoticeRenderer::new).pdf(data, paper,
                copy);
    }

    /**
     * Renders a throw-away notice on both papers in the background at start, so that the first real outcome after a
     * start does not wait for the fonts, the compiled templates and the JIT (seconds on a busy machine).
     */
    private static void warmUp(NoticePdf pdf, ExecutorService renders, ZoneId zone, Clock clock) {
        renders.execute(() -> {
            try {
                NoticeData sample = new NoticeData(NoticeKind.MATERIAL_RECEIPT,
                        new NoticeData.Hall("预热", "预热", null, null), "WARMUP", "预热〔2000〕1号",
                        NoticeData.Applicant.person("预热", "居民身份证", null, null),
                        new NoticeData.Item(null, "预热", null, null, null, null), clock.instant(), null, null, null,
                        null, null, null, null, clock.instant(), null);
                for (Paper paper : NoticeKind.MATERIAL_RECEIPT.papers()) {
                    pdf.render(zone, sample, paper, false);
                }
            } catch (RuntimeException e) {
                // a failed warm-up only costs the first outcome its wait; the real render reports its own failure
                LOG.warn("notice warm-up failed: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Renders of the documents of one outcome, side by side on the machine's cores. */
    private static ExecutorService renderPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "yichuang-render-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How often the alert stream reads new 红黄牌 events. */
    static final Duration ALERT_POLL = Duration.ofMillis(500);

    /** How often the server looks for a calendar version imported by another process. */
    static final long CALENDAR_WATCH_SECONDS = 30;

    private void watchCalendar() {
        // at start-up first: a recompute cut short by a crash is finished before anything else
        calendarWatch.execute(() -> runQuietly(calendar::catchUp));
        calendarWatch.scheduleWithFixedDelay(() -> runQuietly(calendar::refresh), CALENDAR_WATCH_SECONDS,
                CALENDAR_WATCH_SECONDS, TimeUnit.SECONDS);
        // a case accepted under the old version while the new one was being swapped in is caught by this
        calendarWatch.scheduleWithFixedDelay(() -> runQuietly(calendar::catchUp), 10, 10, TimeUnit.MINUTES);
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // the next round retries; a failure here must not end the schedule
            LOG.warn("calendar watch: {}", e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Starts with the configured database: the embedded one unless {@code --db-url} was given. PostgreSQL starts
     * and migrates on another thread while the HTTP side is wired and bound; /health answers 503 until both are done.
     */
    public static HallServer start(ServerConfig config, Clock clock, PrintStream out) {
        AtomicReference<EmbeddedDatabase> embedded = new AtomicReference<>();
        CompletableFuture<Database> database = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                database.complete(open(config, embedded));
            } catch (RuntimeException | Error e) {
                database.completeExceptionally(e);
            }
        }, "yichuang-database-start");
        opener.start();
        return start(config, database, embedded::get, clock, out);
    }

    private static Database open(ServerConfig config, AtomicReference<EmbeddedDatabase> embedded) {
        Database database;
        if (config.dbUrl() != null) {
            database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dbPoolSize());
        } else {
            EmbeddedDatabase pg = EmbeddedDatabase.start(EmbeddedSettings.hall(config.dataDir()));
            embedded.set(pg);
            database = Database.open(pg.jdbcUrl(EmbeddedDatabase.DATABASE), pg.appUser(), pg.appPassword(),
                    config.dbPoolSize());
        }
        LOG.info("数据库已就绪（迁移完成）");
        return database;
    }

    /**
     * Starts on an open, migrated database; closing the server closes it, and {@code embedded} when not null.
     */
    public static HallServer start(ServerConfig config, Database database, EmbeddedDatabase embedded, Clock clock,
            PrintStream out) {
        return start(config, CompletableFuture.completedFuture(database), () -> embedded, clock, out);
    }

    private static HallServer start(ServerConfig config, CompletableFuture<Database> database,
            Supplier<EmbeddedDatabase> embedded, Clock clock, PrintStream out) {
        SecureRandom random = new SecureRandom();
        PasswordHasher hasher = new PasswordHasher();
        CompletableFuture<Database> prepared = database.thenApply(db -> {
            firstStart(config, db.jdbi(), hasher, random, clock, out);
            return db;
        });
        AtomicBoolean ready = new AtomicBoolean();
        AtomicReference<Javalin> started = new AtomicReference<>();
        Supplier<String> publicUrl = () -> config.publicUrl() != null ? config.publicUrl() : baseUrl(started.get());
        Jdbi jdbi = Database.newJdbi(new DeferredDataSource(prepared.thenApply(Database::dataSource)));
        // healthy once started, and while the embedded PostgreSQL runs (its supervisor knows at once when it dies)
        BooleanSupplier available = () -> ready.get() && (embedded.get() == null || embedded.get().isRunning());
        HallService hall = new HallService(jdbi.onDemand(HallDao.class), publicUrl);
        AtomicReference<CalendarService> calendarRef = new AtomicReference<>();
        // 红黄牌: judged with the current calendar, refreshed after a calendar change and at each day boundary
        AlertService alerts = new AlertService(jdbi, () -> calendarRef.get().current());
        CalendarService calendar = calendar(jdbi, hall, clock, ids -> alerts.refreshCases(ids, clock.instant()));
        calendarRef.set(calendar);
        CaseCalendar caseCalendar = caseCalendar(calendar);
        // the documents of an outcome are rendered in its transaction (issue 10 item 9); their papers side by side
        ExecutorService renders = renderPool();
        NoticePdf noticePdf = noticePdf();
        warmUp(noticePdf, renders, hall.zone(), clock);
        // issue 10 item 8: the notices' status page (QR code), 查询密码 and 领取方式
        QueryPasswords queryPasswords = QueryPasswords.fromDataDir(config.dataDir(), random);
        DocumentIssuer documents = new DocumentIssuer(new ItemJson(Json.newObjectMapper()), noticePdf,
                Json.newObjectMapper(), renders, new CaseAccess(queryPasswords, publicUrl));
        TransitionService transitions = new TransitionService(jdbi, caseCalendar, new ItemJson(Json.newObjectMapper()),
                Json.newObjectMapper(), clock, documents);
        DaySweep daySweep = new DaySweep(transitions, jdbi, clock);
        DayBoundary dayBoundary = new DayBoundary(hall::allSettings, clock);
        dayBoundary.register(DayBoundary.Phase.CASES, "视为受理", daySweep::runOnce);
        dayBoundary.register(DayBoundary.Phase.ALERTS, "红黄牌", alerts::recomputeOpen);
        // the queue's LISTEN and NOTIFY connections, outside the pool, once the database is up
        QueueStream.Connections listen = name -> join(prepared).openDirect(name);
        Handlers handlers = handlers(config, jdbi, hasher, random, clock, available, hall, calendar, alerts,
                caseCalendar, transitions, new DocumentService(jdbi, documents, clock), listen,
                new StatusRoutes(new StatusService(jdbi, queryPasswords, clock), new StatusPage(), clock));
        Javalin app = ServerApp.create(handlers, Json.newObjectMapper(), config.bind(), config.port(), config.maxBodyBytes(),
                config.tlsKeystore() == null ? null
                        : new TlsSettings(config.tlsKeystore(), config.tlsKeystorePassword()));
        started.set(app);
        try {
            app.start();
            HallServer server = new HallServer(app, join(prepared), embedded.get(), calendar, dayBoundary,
                    handlers.supervision().stream(), handlers.queueStream(), daySweep, renders);
            ready.set(true);
            server.watchCalendar();
            dayBoundary.start();
            server.alertStream.start();
            server.queueStream.start();
            LOG.info("一窗服务已启动：{}", server.baseUrl());
            return server;
        } catch (RuntimeException e) {
            dayBoundary.close();
            handlers.supervision().stream().close();
            handlers.queueStream().close();
            app.stop();
            renders.shutdownNow();
            prepared.thenAccept(Database::close).exceptionally(x -> null).join();
            if (embedded.get() != null) {
                embedded.get().close();
            }
            throw e;
        }
    }

    private static Database join(CompletableFuture<Database> database) {
        try {
            return database.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Handlers handlers(ServerConfig config, Jdbi jdbi, PasswordHasher hasher, SecureRandom random,
            Clock clock, BooleanSupplier ready, HallService hall, CalendarService calendar, AlertService alerts,
            CaseCalendar caseCalendar, TransitionService transitions, DocumentService documents,
            QueueStream.Connections listen, StatusRoutes status) {
        ObjectMapper json = Json.newObjectMapper();
        RequestBodies bodies = new RequestBodies(json, config.maxBodyBytes(),
                Map.of(CatalogFileRoutes.IMPORT_PATH, CatalogFileRoutes.MAX_IMPORT_BYTES,
                        CalendarRoutes.IMPORT_PATH, CalendarRoutes.MAX_IMPORT_BYTES));
        CounterService counters = new CounterService(jdbi.onDemand(CounterDao.class));
        ItemJson itemJson = new ItemJson(json);
        CatalogWriter writer = new CatalogWriter(itemJson);
        CatalogFiles files = new CatalogFiles();
        CatalogService catalog = new CatalogService(jdbi.onDemand(ItemVersionDao.class), itemJson, clock);
        BundleService bundles = new BundleService(jdbi, writer, itemJson, clock);
        AccountService accounts = new AccountService(jdbi, counters, hall, hasher, new Tokens(random),
                config.accountSettings(), clock);
        CaseService cases = new CaseService(jdbi, catalog, new NewCaseValidator(), caseCalendar, clock);
        LifecycleRoutes lifecycle = new LifecycleRoutes(transitions, bodies);
        QueueStream queueStream = new QueueStream(jdbi, accounts, json, listen, config.streamKeepAlive());
        QueueParts queue = queue(jdbi, random, clock, bodies, new QueueChanges(queueStream::changed));
        return new Handlers(new HealthRoutes(new HealthService(jdbi.onDemand(HealthDao.class), ready)),
                new SessionRoutes(accounts, bodies), new HallRoutes(hall), new CounterRoutes(counters),
                new ItemRoutes(catalog, new ItemEditService(jdbi, itemJson, writer, clock), bodies),
                new BundleRoutes(bundles, bodies),
                new CatalogFileRoutes(new CatalogImportService(jdbi, files, itemJson, writer, clock),
                        new CatalogExportService(jdbi, files, itemJson, hall, clock), bodies),
                new GuideRoutes(new GuidePages(hall::zone), catalog, bundles, hall),
                new CaseRoutes(cases, bodies), lifecycle,
                new AuditRoutes(new AuditService(jdbi.onDemand(AuditDao.class))),
                new CalendarRoutes(calendar, new CalendarImportService(jdbi, calendar, clock), bodies),
                new SupervisionRoutes(new CaseListService(jdbi, alerts, calendar::current, hall::zone, clock),
                        new AlertStream(jdbi, accounts, json, ALERT_POLL, config.streamKeepAlive())),
                new AuthHandler(accounts), new ErrorMapper(), bodies,
                new IdentityReadRoutes(new IdentityReadService(jdbi, clock), bodies), queue.routes(),
                new ApplicantRoutes(new ApplicantService(jdbi, clock), bodies), new DocumentRoutes(documents),
                new BundleCaseRoutes(new BundleCaseService(jdbi, catalog, new NewCaseValidator(), caseCalendar, clock),
                        new BundleIntakeService(jdbi, transitions, itemJson, clock, transitions.documents()), lifecycle,
                        bodies),
                queueStream, new BoardRoutes(new BoardService(jdbi, queue.settings(), clock, queueStream::position)),
                // issue 12: kiosk and bookings
                new PublicQueueRoutes(queue.tickets(), new BookingService(jdbi, queue.settings(), queue.tickets(),
                        calendar::current, clock), hall, bodies, clock), PublicPages.load(),
                // issue 12: queue figures
                new QueueFiguresRoutes(new QueueFiguresService(jdbi, queue.settings(), clock)),
                // issue 10: supplements and status
                status,
                // issue 10: hall settings
                new org.yichuang.server.hall.HallSettingsRoutes(
                        new org.yichuang.server.hall.HallDocumentSettingsService(jdbi, clock), bodies));
    }

    /** The hall queue's services (issue 12) that more than one route class uses. */
    private record QueueParts(QueueRoutes routes, QueueSettingsService settings, TicketService tickets) {
    }

    /** The hall queue's services (issue 12). */
    private static QueueParts queue(Jdbi jdbi, SecureRandom random, Clock clock, RequestBodies bodies,
            QueueChanges changes) {
        QueueSettingsService settings = new QueueSettingsService(jdbi, Json.newObjectMapper(), random, clock, changes);
        QueueEvents events = new QueueEvents(changes);
        TicketService tickets = new TicketService(jdbi, settings, events, clock);
        return new QueueParts(new QueueRoutes(settings, tickets, new CounterDesk(jdbi, settings, changes, clock),
                bodies, clock), settings, tickets);
    }

    private static void firstStart(ServerConfig config, Jdbi jdbi, PasswordHasher hasher, SecureRandom random,
            Clock clock, PrintStream out) {
        Passwords passwords = new Passwords(random);
        new InitialAdmin(new StaffAccounts(jdbi, hasher, clock), passwords).ensure(config.dataDir(), out);
        if (new CalendarService(jdbi, clock).seedIfEmpty()) {
            out.println("已写入随程序发布的工作日历（版本 1）");
        }
        if (!config.demoData()) {
            return;
        }
        DemoData demo = new DemoData(jdbi, hasher, clock);
        var file = config.dataDir().resolve(DemoAccountsFile.NAME);
        if (demo.databaseIsEmpty()) {
            Map<Role, DemoAccount> accounts = demo.seed(role -> passwords.generate(12));
            seedDemoQueue(demo, jdbi, random, clock, out);
            DemoAccountsFile.write(file, accounts);
            out.println("已写入演示数据（" + DemoData.HALL_NAME + "），演示账号保存在 " + file);
            // shown once, when made: a password printed on every start ends up in every service log
            accounts.values().forEach(a ->
                    out.println("演示账号 " + a.role() + "：" + a.username() + " / " + a.password()));
            return;
        }
        if (demo.seedCatalogIfEmpty()) {
            out.println("已写入演示事项库（此前的事项没有版本，已停用；其办件照常可查）");
        }
        seedDemoQueue(demo, jdbi, random, clock, out);
        out.println("演示账号与密码见 " + file + "（仅本账号可读）");
    }

    /** issue 12: the demo hall's queue with a booking category, unless an administrator saved queue settings. */
    private static void seedDemoQueue(DemoData demo, Jdbi jdbi, SecureRandom random, Clock clock, PrintStream out) {
        // before the server serves anyone: it writes settings only, no queue events, so there is no stream to tell
        QueueChanges none = new QueueChanges(() -> { });
        if (demo.seedQueueIfUnsaved(new QueueSettingsService(jdbi, Json.newObjectMapper(), random, clock, none))) {
            out.println("已写入演示叫号设置：综合受理（A）与可预约的不动产登记（B，每时段 4 人）");
        }
    }

    /** Returns the port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** Returns e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return baseUrl(app);
    }

    private static String baseUrl(Javalin app) {
        String host = app.unsafe.jetty.host;
        boolean tls = app.jettyServer().server().getConnectors()[0].getProtocols().contains("ssl");
        return (tls ? "https" : "http") + "://" + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host)
                + ":" + app.port();
    }

    /**
     * Runs the day sweep now (deemed acceptance of cases whose notice period passed), as the hall's day boundary
     * does; for tests and tools.
     *
     * @return how many cases were deemed accepted
     */
    public int runDaySweep() {
        return daySweep.runOnce();
    }

    /** Returns the Jdbi of the server's database (tests and tools). */
    public Jdbi jdbi() {
        return database.jdbi();
    }

    /** Stops HTTP, then the pool, then the embedded PostgreSQL; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        calendarWatch.shutdownNow();
        dayBoundary.close();
        alertStream.close();
        queueStream.close();
        app.stop();
        renders.shutdownNow();
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
