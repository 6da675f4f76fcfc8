package org.yichuang.client.app;

import com.formdev.flatlaf.FlatLaf;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.client.guide.GuidePreviews;
import javax.swing.JTabbedPane;
import org.yichuang.client.cases.CaseTexts;
import org.yichuang.client.cases.CasesPage;
import org.yichuang.client.identity.WltDecoder;
import org.yichuang.client.identity.settings.OpenReaderSettingsAction;
import org.yichuang.client.identity.settings.ReaderDevices;
import org.yichuang.client.identity.settings.ReaderSettingsDialog;
import org.yichuang.client.identity.settings.ReaderSettingsPresenter;
import org.yichuang.client.identity.settings.ReaderSettingsStore;
import org.yichuang.client.identity.settings.SystemReaderDevices;
import org.yichuang.client.identity.ui.CancelCardReadAction;
import org.yichuang.client.identity.ui.CardReadingBar;
import org.yichuang.client.identity.ui.CardReadingPresenter;
import org.yichuang.client.identity.ui.ReadCardAction;
import org.yichuang.client.identity.ui.ReaderConnection;
import org.yichuang.client.identity.ui.RetryCardReadAction;
import org.yichuang.client.intake.CatalogEntry;
import org.yichuang.client.intake.CreateCaseAction;
import org.yichuang.client.intake.InsertRareCharacterAction;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakeScreen;
import org.yichuang.client.intake.NextApplicantAction;
import org.yichuang.client.intake.materials.ChecklistPane;
import org.yichuang.client.intake.materials.ChecklistPresenter;
import org.yichuang.client.intake.outcome.ChooseOutcomeAction;
import org.yichuang.client.intake.outcome.OutcomePane;
import org.yichuang.client.intake.outcome.OutcomePresenter;
import org.yichuang.client.intake.outcome.SubmitOutcomeAction;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.intake.PrintGuideAction;
import java.time.Clock;
import javax.swing.JMenu;
import org.yichuang.client.admin.CatalogAdmin;
import org.yichuang.client.admin.CatalogAdminFrame;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.main.OpenCatalogAdminAction;
import org.yichuang.client.main.MainPresenter;
import org.yichuang.client.main.SignOutAction;
import org.yichuang.client.main.SwitchThemeAction;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.receipt.ReceiptDialog;
import org.yichuang.client.receipt.ReceiptPresenter;
import org.yichuang.client.signin.HallApiConnector;
import org.yichuang.client.signin.Session;
import org.yichuang.client.signin.SignInAction;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.signin.SignInPresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.CjkFonts;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.JOptionPaneUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.client.ui.Theme;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.staff.Role;
import org.yichuang.reports.ReportService;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * The counter client's composition root (组装入口): builds every object with constructors and shows the
 * sign-in dialog, then the main window for each session. No singletons, no static lookup.
 */
public final class ClientApp {
    /** How long the checklist must rest before the lawful outcomes are asked again (a clerk ticks in bursts). */
    private static final int OPTIONS_DEBOUNCE_MILLIS = 250;
    /** Component name of the main window's tabs (收件受理 and 办件) for tests. */
    public static final String WORK_TABS = "main.workTabs";
    /** Component name of 系统 → 补正/补齐 (issue 10: supplements and status). */
    public static final String SUPPLEMENT_MENU_ITEM = "main.menu.supplement";
    private final LaunchOptions options;
    private final ClientPrefs prefs;
    private final Messages messages;
    private final UserPrompts prompts;
    private final BackgroundTasks tasks;
    private final HallApiConnector connector;
    private final Function<ZoneId, Supplier<ReportService>> reports;
    private final Runnable exit;
    /** The card readers of this PC, dating cards in a hall's zone; tests give simulated ones. */
    private Function<ZoneId, ReaderDevices> readerDevices =
            zone -> new SystemReaderDevices(WltDecoder.NONE, Clock.system(zone));

    private Theme theme;
    private SignInPresenter signIn;
    private SignInDialog signInDialog;
    private MainFrame frame;
    private IntakePresenter intake;
    private CardReadingPresenter cardReading;
    /** issue 10: the counter's document printing and print queue; null until a counter signs in. */
    private org.yichuang.client.print.DocumentPrinting documentPrinting;
    private CasesPage cases;
    /** issue 12: the counter's queue bar and counter-top display; null without a window clerk at a counter. */
    private org.yichuang.client.queue.counter.CounterQueue counterQueue;
    private CatalogAdmin catalogAdmin;
    private CatalogAdminFrame catalogAdminFrame;

    /**
     * Wires the client; {@code exit} ends the process in production and just disposes windows in tests.
     *
     * @param reports the report service of a hall zone: receipts and guides print the dates of the session's hall
     */
    public ClientApp(LaunchOptions options, ClientPrefs prefs, Messages messages, UserPrompts prompts,
            BackgroundTasks tasks, HallApiConnector connector, Function<ZoneId, Supplier<ReportService>> reports,
            Runnable exit) {
        this.options = options;
        this.prefs = prefs;
        this.messages = messages;
        this.prompts = prompts;
        this.tasks = tasks;
        this.connector = connector;
        this.reports = reports;
        this.exit = exit;
    }

    /** Uses {@code devices} for card reading instead of this PC's serial ports and PC/SC (tests, benchmarks). */
    public void setReaderDevices(Function<ZoneId, ReaderDevices> devices) {
        this.readerDevices = devices;
    }

    /** Creates the production graph around {@code prefs} (HTTP API, JOptionPane prompts, lazy reports). */
    public static ClientApp create(LaunchOptions options, ClientPrefs prefs, Runnable exit) {
        Messages messages = new Messages(options.locale());
        UserPrompts prompts = new JOptionPaneUserPrompts(messages);
        BackgroundTasks tasks = new SwingBackgroundTasks(failureHandler(messages, prompts));
        // Jasper takes a second or more to load: created on first receipt, off the EDT, never at start-up
        return new ClientApp(options, prefs, messages, prompts, tasks, HttpHallApi::new, new ReportsByZone(), exit);
    }

    /** The one place a failed background task reaches the clerk: logged, then shown with its cause. */
    public static java.util.function.Consumer<Throwable> failureHandler(Messages messages, UserPrompts prompts) {
        return failure -> {
            // the logger is fetched here, not in a static field: logback's start-up costs ~0.1 s we need for the dialog
            Logger log = LoggerFactory.getLogger(ClientApp.class);
            log.warn("background task failed", failure);
            prompts.warn(messages.text("error.title"), messages.errorMessage(failure));
        };
    }

    /**
     * Installs the look and feel: our theme keys first, CJK font if the system lacks one, and the fallback for rare
     * name characters at the end of every UI font's chain. Runs on the EDT (tests, benches; {@link #main} loads the
     * fallback in the background instead).
     */
    public static Theme installLookAndFeel(Theme theme) {
        installLookAndFeel(theme, prepareFonts());
        chainRareCharacterFallback(CjkFonts.load(BundledFonts.fallback()));
        return theme;
    }

    /**
     * Appends HanaMinB (CJK Extensions B–F, 生僻字) to the UI fonts and refreshes the windows already open, so a
     * name such as 张𠮷华 shows in forms and tables. EDT.
     */
    static void chainRareCharacterFallback(java.awt.Font fallback) {
        if (!CjkFonts.chainFallback(fallback)) {
            // the launcher passes --add-opens java.desktop/sun.font; without it rare characters show as boxes
            LoggerFactory.getLogger(ClientApp.class).warn("fallback font for CJK Extensions B–F not chained: "
                    + "start the JVM with --add-opens java.desktop/sun.font=ALL-UNNAMED");
        } else if (java.awt.Window.getWindows().length > 0) {
            FlatLaf.updateUI();   // components made before keep the fonts they were given until their UI is renewed
        }
    }

    /** Registers the bundled CJK faces when needed; returns the family to prefer, or null. Any thread. */
    static String prepareFonts() {
        return CjkFonts.ensureChinese(BundledFonts.AWT_FAMILY, List.of(BundledFonts.regular(), BundledFonts.bold()));
    }

    private static Theme installLookAndFeel(Theme theme, String family) {
        if (family != null) {
            FlatLaf.setPreferredFontFamily(family);
            // the monospaced style (ID numbers, codes) would fall to a Latin-only face; its Chinese placeholders
            // then show as boxes, and a registered font never joins AWT's fallback chain
            FlatLaf.setPreferredMonospacedFontFamily(family);
        }
        Theme.registerDefaults();   // must precede setup(), or the Yichuang.* keys are missing
        theme.install();
        if (com.formdev.flatlaf.util.SystemInfo.isLinux) {
            // FlatLaf's own title bars: window managers on Linux counters vary, ours look the same everywhere
            javax.swing.JFrame.setDefaultLookAndFeelDecorated(true);
            javax.swing.JDialog.setDefaultLookAndFeelDecorated(true);
        }
        return theme;
    }

    /** Shows the sign-in dialog (and signs in at once when a password came from the environment). EDT only. */
    public void start() {
        theme = configuredTheme();
        if (!(javax.swing.UIManager.getLookAndFeel() instanceof FlatLaf)) {
            installLookAndFeel(theme);
        }
        signIn = new SignInPresenter(prefs, messages, tasks, connector, this::onSignedIn);
        if (options.server() != null) {
            signIn.setServerUrl(options.server());
        }
        if (options.counterNo() != null) {
            signIn.setCounterNo(options.counterNo());
        }
        if (options.username() != null) {
            signIn.setUsername(options.username());
        }
        signInDialog = new SignInDialog(messages, signIn, new SignInAction(messages, signIn), this::quit);
        signInDialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("[startup] sign-in dialog visible " + ms + " ms after JVM start");
                signInDialog.removeWindowListener(this);
            }
        });
        signInDialog.setVisible(true);
        signInDialog.focusFirstEmptyField();
        if (options.autoSignIn()) {
            signIn.setPassword(options.password().toCharArray());
            signIn.signIn();
        }
    }

    /** Returns the theme from {@code --theme}, else the remembered one, else light. */
    Theme configuredTheme() {
        return options.theme() != null ? Theme.parse(options.theme())
                : Theme.parse(prefs.get(ClientPrefs.KEY_THEME).orElse("light"));
    }

    private void onSignedIn(Session session) {
        signInDialog.setVisible(false);
        MainPresenter main = new MainPresenter(session, tasks, theme, this::onSignedOut);
        if (main.workArea() == MainPresenter.WorkArea.CATALOG_ADMIN) {
            showCatalogAdmin(session, main);
            return;
        }
        // every day the clerk sees or prints is a day of the hall, whatever zone the PC is set to
        ZoneId zone = session.info().zone();
        cases = CasesPage.create(session.api(), tasks, new CaseTexts(messages, zone), prompts,
                session.info().staff().roles().contains(Role.SUPERVISOR));
        List<JMenu> menus = main.opensCatalogInWindow() ? List.of(catalogWindowMenu(session, main)) : List.of();
        if (main.workArea() == MainPresenter.WorkArea.CASES) {
            // signed in without a counter (监察, 后台): no intake, the 办件 page is the whole work area
            javax.swing.JComponent casesArea = cases.panel();
            org.yichuang.client.queue.figures.QueueFiguresPage figures = queueFigures(session, zone);
            if (figures != null) {
                // issue 12: 排队日统计 next to 办件监察, where a supervisor looks for the day's figures
                JTabbedPane tabs = new JTabbedPane();
                tabs.setName(WORK_TABS);
                tabs.addTab(messages.text("cases.title.all"), cases.panel());
                figures.addTo(tabs, messages.text("main.tab.queueFigures"));
                casesArea = tabs;
            }
            frame = new MainFrame(messages, main, casesArea, new SignOutAction(messages, main),
                    new SwitchThemeAction(messages, main), this::quit, prefs, menus);
            followTheme(main);
            frame.setVisible(true);
            cases.start();
            cases.panel().focusTable();
            return;
        }
        Supplier<ReportService> reports = this.reports.apply(zone);
        documentPrinting = org.yichuang.client.print.DocumentPrinting.create(session.api(), prefs, tasks, messages,
                prompts);
        ChecklistPresenter checklist = new ChecklistPresenter(session.api(), tasks);
        // the case is received (收件) first; its materials and outcome follow on the same screen
        intake = new IntakePresenter(session.api(), tasks, messages, () -> LocalDate.now(zone),
                () -> UUID.randomUUID().toString(), checklist::start);
        intake.onBundleCreated(checklist::startBundle);
        OutcomePresenter outcome = new OutcomePresenter(session.api(), tasks, messages, checklist,
                new org.yichuang.client.ui.SwingDebouncer(OPTIONS_DEBOUNCE_MILLIS), () -> UUID.randomUUID().toString(),
                decided -> openDecided(decided, reports, session.api()));
        IntakePresenter form = intake;
        // a half-filled applicant form, or a received case without its outcome, is work the clerk would lose
        java.util.function.BooleanSupplier nothingPending = () -> !form.hasUnsubmittedInput()
                && (checklist.receipt() == null || outcome.decided() != null);
        main.addLeaveGuard(() -> nothingPending.getAsBoolean()
                || prompts.confirm(messages.text("intake.leave.title"), messages.text("intake.leave.message")));
        GuidePreviews guides = new GuidePreviews(session.api(), reports, tasks, prefs, messages, prompts);
        IntakePanel receivePanel = new IntakePanel(messages, intake, new CreateCaseAction(messages, intake),
                new PrintGuideAction(messages, intake, entry -> openGuide(guides, entry)));
        SubmitOutcomeAction submitOutcome = new SubmitOutcomeAction(messages, outcome);
        IntakeScreen[] screen = new IntakeScreen[1];
        // 下一位 (F12), and the counter calling the next applicant: nothing of this applicant stays, on screen or in
        // the presenters
        Runnable clearApplicant = () -> {
            outcome.reset();
            checklist.clear();
            form.nextApplicant();
            receivePanel.focusFilter();
        };
        screen[0] = new IntakeScreen(messages, receivePanel, checklist, new ChecklistPane(messages, checklist),
                outcome, new OutcomePane(messages, outcome, checklist, java.util.Arrays.stream(
                        org.yichuang.core.intake.IntakeOutcome.values())
                        .map(o -> new ChooseOutcomeAction(outcome, o)).toList(), submitOutcome), submitOutcome,
                new NextApplicantAction(messages, clearApplicant),
                new InsertRareCharacterAction(messages, () -> screen[0].openRareCharacter()));
        IntakePanel panel = receivePanel;
        org.yichuang.client.intake.applicant.ApplicantLookupPresenter lookups =
                new org.yichuang.client.intake.applicant.ApplicantLookupPresenter(session.api(), tasks, messages, form);
        panel.attachApplicantLookup(lookups, new org.yichuang.client.intake.applicant.LookUpApplicantAction(messages,
                lookups));
        int counterNo = session.info().counter().number();
        ReaderSettingsStore readerSettings = new ReaderSettingsStore(prefs);
        cardReading = new CardReadingPresenter(intake,
                new ReaderConnection(readerDevices.apply(zone), readerSettings.load(counterNo)), tasks, session.api(),
                messages, () -> LocalDate.now(zone));
        CardReadingPresenter cards = cardReading;
        ReadCardAction readCard = new ReadCardAction(messages, cards);
        CancelCardReadAction cancelRead = new CancelCardReadAction(messages, cards);
        panel.attachCardReading(cards, new CardReadingBar(cards, readCard, cancelRead,
                new RetryCardReadAction(messages, cards)), readCard, cancelRead);
        JTabbedPane work = new JTabbedPane();
        work.setName(WORK_TABS);
        work.addTab(messages.text("main.tab.intake"), screen[0]);
        work.addTab(messages.text(cases.list().isSupervisor() ? "cases.title.all" : "cases.title.mine"),
                cases.panel());
        // issue 10: supplements and status — 补正/补齐 at the counter (shift F8), its documents previewed as intake's
        org.yichuang.client.supplement.SupplementPanel supplementPanel = supplementScreen(session);
        work.addTab(messages.text("main.tab.supplement"), supplementPanel);
        org.yichuang.client.queue.figures.QueueFiguresPage figures = queueFigures(session, zone);
        if (figures != null) {
            figures.addTo(work, messages.text("main.tab.queueFigures"));
        }
        javax.swing.JComponent workArea = withCounterQueue(session, work, zone,
                new org.yichuang.client.queue.counter.ApplicantHandover() {
                    @Override
                    public boolean mayCallNext() {
                        return nothingPending.getAsBoolean() || prompts.confirm(
                                messages.text("intake.callNext.title"), messages.text("intake.callNext.message"));
                    }

                    @Override
                    public void clear() {
                        clearApplicant.run();
                    }
                });
        frame = new MainFrame(messages, main, workArea, new SignOutAction(messages, main),
                new SwitchThemeAction(messages, main), this::quit, prefs, menus);
        if (counterQueue != null) {
            frame.addToSystemMenu(counterQueue.openDisplayAction(),
                    org.yichuang.client.queue.counter.OpenCounterDisplayAction.MENU_ITEM);
        }
        frame.addToSystemMenu(new org.yichuang.client.supplement.OpenSupplementAction(messages, () -> {
            work.setSelectedComponent(supplementPanel);
            supplementPanel.focusCaseNumber();
        }), SUPPLEMENT_MENU_ITEM);
        frame.addToSystemMenu(new OpenReaderSettingsAction(messages, () -> openReaderSettings(
                readerSettings, counterNo, readerDevices.apply(zone), cards)), OpenReaderSettingsAction.MENU_ITEM);
        org.yichuang.client.print.DocumentPrinting printing = documentPrinting;
        frame.addToSystemMenu(new org.yichuang.client.print.OpenPrintQueueAction(messages,
                () -> printing.showQueue(frame)), org.yichuang.client.print.OpenPrintQueueAction.MENU_ITEM);
        // issue 12: reception 取号, printed on the counter's 80 mm printer
        frame.addToSystemMenu(new org.yichuang.client.queue.reception.OpenReceptionAction(messages,
                () -> openReception(session.api(), zone, cards, () -> readerSettings.load(counterNo))),
                org.yichuang.client.queue.reception.OpenReceptionAction.MENU_ITEM);
        followTheme(main);
        frame.setVisible(true);
        panel.focusFilter();
        intake.loadItems();
        cases.start();
        if (counterQueue != null) {
            counterQueue.start();
        }
    }

    /**
     * issue 12: a window clerk's work area gets the queue bar (窗口叫号) on top, its F-keys active on every tab, and
     * new cases are linked to the ticket the counter serves.
     */
    private javax.swing.JComponent withCounterQueue(Session session, javax.swing.JComponent work, ZoneId zone,
            org.yichuang.client.queue.counter.ApplicantHandover handover) {
        if (!session.info().staff().roles().contains(Role.WINDOW)) {
            return work;
        }
        counterQueue = org.yichuang.client.queue.counter.CounterQueue.create(session.api(), tasks, messages, prompts,
                Clock.system(zone), session.info().counter().name());
        intake.setTicketSource(counterQueue.presenter()::currentTicketId);
        counterQueue.presenter().setApplicantHandover(handover);
        javax.swing.JPanel area = new javax.swing.JPanel(new java.awt.BorderLayout());
        area.add(counterQueue.panel(), java.awt.BorderLayout.PAGE_START);
        area.add(work, java.awt.BorderLayout.CENTER);
        return area;
    }

    /**
     * issue 12: the 排队日统计 screen for a supervisor or administrator, with or without a counter (the server's route
     * needs none: the hall is the server's); null for anyone else.
     */
    private org.yichuang.client.queue.figures.QueueFiguresPage queueFigures(Session session, ZoneId zone) {
        java.util.Set<Role> roles = session.info().staff().roles();
        if (!roles.contains(Role.SUPERVISOR) && !roles.contains(Role.ADMIN)) {
            return null;
        }
        return org.yichuang.client.queue.figures.QueueFiguresPage.create(session.api(), tasks, messages, prompts,
                () -> LocalDate.now(zone));
    }

    /** The 补正/补齐 screen (issue 10 item 6): the documents a supplement issues open in the preview to print. */
    private org.yichuang.client.supplement.SupplementPanel supplementScreen(Session session) {
        org.yichuang.client.supplement.SupplementPresenter presenter =
                new org.yichuang.client.supplement.SupplementPresenter(session.api(), tasks, messages,
                        () -> UUID.randomUUID().toString(), (caseNo, documents) -> {
                            if (documentPrinting != null && frame != null) {
                                MainFrame owner = frame;
                                // back to the supplement screen when the preview closes, even where no window
                                // manager hands the focus back to the owner (as after intake's preview)
                                documentPrinting.preview(frame, caseNo, documents).addWindowListener(
                                        new WindowAdapter() {
                                            @Override
                                            public void windowClosed(WindowEvent e) {
                                                owner.toFront();
                                                owner.requestFocus();
                                            }
                                        });
                            }
                        });
        org.yichuang.client.supplement.SupplementPanel[] panel = new org.yichuang.client.supplement.SupplementPanel[1];
        panel[0] = new org.yichuang.client.supplement.SupplementPanel(messages, presenter,
                new org.yichuang.client.supplement.LoadSupplementCaseAction(messages,
                        () -> presenter.load(panel[0].typedCaseNumber())),
                new org.yichuang.client.supplement.SubmitSupplementAction(messages, presenter::submit),
                new org.yichuang.client.supplement.ClearSupplementAction(messages, presenter::clear));
        return panel[0];
    }

    private void followTheme(MainPresenter main) {
        main.addPropertyChangeListener(MainPresenter.Property.THEME, e -> {
            theme = main.theme();
            theme.switchTo();
            prefs.put(ClientPrefs.KEY_THEME, theme.id());
            prefs.flush();
        });
    }

    /** An administrator without a counter: the main window's work area is 事项管理. */
    private void showCatalogAdmin(Session session, MainPresenter main) {
        catalogAdmin = CatalogAdmin.create(session.api(), tasks, messages, prompts, Clock.system(session.info().zone()));
        // issue 12: an administrator without a counter reads the day's queue figures beside 叫号设置
        org.yichuang.client.queue.figures.QueueFiguresPage figures = queueFigures(session, session.info().zone());
        if (figures != null) {
            catalogAdmin.panel().addQueueFigures(figures, messages.text("main.tab.queueFigures"));
        }
        main.addLeaveGuard(catalogAdmin::confirmClose);
        frame = new MainFrame(messages, main, catalogAdmin.panel(), new SignOutAction(messages, main),
                new SwitchThemeAction(messages, main), this::quit, prefs, List.of(catalogAdmin.menu()));
        followTheme(main);
        frame.setVisible(true);
        catalogAdmin.load();
    }

    /** An administrator at a counter: 事项管理 opens in its own window from this menu. */
    private JMenu catalogWindowMenu(Session session, MainPresenter main) {
        JMenu menu = new JMenu(messages.text("admin.menu"));
        menu.setName(CatalogAdmin.MENU);
        menu.setMnemonic(java.awt.event.KeyEvent.VK_M);
        menu.add(new OpenCatalogAdminAction(messages, main, () -> openCatalogAdminWindow(session, main)));
        return menu;
    }

    private void openCatalogAdminWindow(Session session, MainPresenter main) {
        if (catalogAdminFrame != null) {
            catalogAdminFrame.toFront();
            return;
        }
        CatalogAdmin admin = CatalogAdmin.create(session.api(), tasks, messages, prompts,
                Clock.system(session.info().zone()));
        java.util.function.BooleanSupplier guard = admin::confirmClose;
        main.addLeaveGuard(guard);
        catalogAdminFrame = new CatalogAdminFrame(messages, admin, () -> {
            main.removeLeaveGuard(guard);
            catalogAdminFrame = null;
        });
        catalogAdminFrame.setVisible(true);
        admin.load();
    }

    // issue 12: reception 取号
    private org.yichuang.client.queue.reception.ReceptionDialog receptionDialog;

    /**
     * Opens the reception's 取号 dialog. The intake's 放卡即读 stops while it is open, so a card placed for a ticket is
     * read once, by reception; it starts again when the dialog closes.
     */
    private void openReception(org.yichuang.core.api.HallApi api, ZoneId zone, CardReadingPresenter cards,
            Supplier<org.yichuang.client.identity.settings.ReaderSettings> readerSettings) {
        if (receptionDialog != null && receptionDialog.isDisplayable()) {
            receptionDialog.toFront();
            receptionDialog.focusStart();
            return;
        }
        cards.pause();
        var presenter = new org.yichuang.client.queue.reception.ReceptionPresenter(api, tasks, messages,
                cards.connection()::read, new org.yichuang.client.queue.reception.JasperTicketPrinting(api,
                        documentPrinting, zone));
        receptionDialog = new org.yichuang.client.queue.reception.ReceptionDialog(frame, messages, presenter,
                new org.yichuang.client.queue.reception.IssueTicketAction(messages, presenter),
                new org.yichuang.client.queue.reception.ReadTicketCardAction(messages, presenter),
                new org.yichuang.client.queue.reception.NextTicketAction(messages, presenter),
                new org.yichuang.client.queue.reception.CheckInBookingAction(messages, presenter));
        receptionDialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                cards.apply(readerSettings.get());
                receptionDialog = null;
            }
        });
        receptionDialog.setVisible(true);
        receptionDialog.focusStart();
        presenter.load();
    }

    /** 读卡器设置: the intake's reader is released while the dialog may test the same port, then reconfigured. */
    private void openReaderSettings(ReaderSettingsStore store, int counterNo, ReaderDevices devices,
            CardReadingPresenter cards) {
        cards.pause();
        ReaderSettingsPresenter settings = new ReaderSettingsPresenter(store, counterNo, devices, tasks, messages,
                s -> { });
        ReaderSettingsDialog dialog = new ReaderSettingsDialog(frame, messages, settings);
        settings.refreshDevices();
        dialog.setVisible(true);   // modal
        cards.apply(store.load(counterNo));
    }

    /**
     * After the outcome: the preview of the documents the server issued with it (受理通知书, 一次性告知书, 不予受理通知书
     * …), to print and save. A server that issues none (older) leaves the receipt preview (受理回执) for the outcomes that
     * accept the case, and nothing for the others: the receipt's wording says 予以受理.
     */
    private void openDecided(OutcomePresenter.Decided decided, Supplier<ReportService> reports,
            org.yichuang.core.api.HallApi api) {
        if (decided.bundle() != null) {
            openBundleDocuments(decided.bundle().parentCaseNo(), api);
            return;
        }
        String caseNo = decided.receipt().caseNo();
        org.yichuang.client.print.DocumentPrinting printing = documentPrinting;
        tasks.submit(() -> api.caseDocuments(caseNo), documents -> {
            if (!documents.isEmpty() && printing != null && frame != null) {
                javax.swing.JDialog preview = printing.preview(frame, caseNo, documents);
                MainFrame owner = frame;
                // back to the intake screen when the preview closes (F12 for the next applicant), even where no
                // window manager hands the focus back to the owner
                preview.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        owner.toFront();
                        owner.requestFocus();
                    }
                });
                return;
            }
            org.yichuang.core.intake.IntakeOutcome o = decided.outcome();
            if (o == org.yichuang.core.intake.IntakeOutcome.ACCEPT
                    || o == org.yichuang.core.intake.IntakeOutcome.ACCEPT_DEFERRED
                    || o == org.yichuang.core.intake.IntakeOutcome.APPROVE_ON_SPOT
                    || o == org.yichuang.core.intake.IntakeOutcome.DECIDE_ON_COMMITMENT) {
                openReceipt(decided.receipt(), reports);
            }
        });
    }

    /**
     * A 一件事 application's documents: the applicant applied once and gets ONE notice for the whole application,
     * kept with the parent case (issue 10 item 7; the children's own documents stay with each department's case).
     */
    private void openBundleDocuments(String parentCaseNo, org.yichuang.core.api.HallApi api) {
        org.yichuang.client.print.DocumentPrinting printing = documentPrinting;
        if (printing == null || frame == null) {
            return;
        }
        tasks.submit(() -> api.caseDocuments(parentCaseNo), documents -> {
            if (documents.isEmpty() || frame == null) {
                return;
            }
            MainFrame owner = frame;
            printing.preview(frame, parentCaseNo, documents).addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    owner.toFront();
                    owner.requestFocus();
                }
            });
        });
    }

    private void openReceipt(CaseReceipt receipt, Supplier<ReportService> reports) {
        ReceiptPresenter presenter = new ReceiptPresenter(receipt, reports, tasks, prefs, messages, prompts);
        ReceiptDialog dialog = new ReceiptDialog(frame, messages, presenter, reports, tasks);
        dialog.setVisible(true);
        presenter.fill();
    }

    private void openGuide(GuidePreviews guides, CatalogEntry entry) {
        guides.open(frame, entry);
    }

    private void onSignedOut() {
        closeFrame();
        signIn.reset();
        signInDialog.setVisible(true);
        signInDialog.focusFirstEmptyField();
    }

    private void closeFrame() {
        if (catalogAdminFrame != null) {
            catalogAdminFrame.closeNow();
        }
        if (catalogAdmin != null) {
            catalogAdmin.dispose();
            catalogAdmin = null;
        }
        if (frame != null) {
            frame.saveBounds();
            for (java.awt.Window w : frame.getOwnedWindows()) {
                w.dispose();
            }
            frame.dispose();
            frame = null;
        }
        if (documentPrinting != null) {
            documentPrinting.close();   // waiting papers stay on disk for the next sign-in
            documentPrinting = null;
        }
        if (cardReading != null) {
            cardReading.dispose();
            cardReading = null;
        }
        if (intake != null) {
            intake.dispose();
            intake = null;
        }
        if (cases != null) {
            cases.dispose();
            cases = null;
        }
        if (counterQueue != null) {
            counterQueue.dispose();
            counterQueue = null;
        }
    }

    private void quit() {
        closeFrame();
        if (signInDialog != null) {
            signInDialog.dispose();
        }
        exit.run();
    }

    /**
     * Makes the launcher's temporary directory private and removes the font copies a killed client left there
     * ({@link ClientTempDir}); the directory's lock is held until the JVM exits. A failure costs only that privacy:
     * the clerk still gets a client.
     */
    static void claimTempDir() {
        java.nio.file.Path own = ClientTempDir.defaultDirectory(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        try {
            // the shutdown hook keeps the lock's channel reachable: collected, it would close and free the lock
            ClientTempDir.claim(own, System.getProperty("java.io.tmpdir")).ifPresent(claimed -> Runtime.getRuntime()
                    .addShutdownHook(new Thread(claimed::close, "yichuang-tmp-lock")));
        } catch (java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(ClientApp.class).warn("the client's temporary directory is not private", e);
        }
    }

    /** Starts the client: pre-AWT properties, then everything Swing on the EDT. */
    public static void main(String[] args) {
        // Must precede the first AWT call, which reads them once (FlatLaf demo order)
        System.setProperty("awt.useSystemAAFontSettings", System.getProperty("awt.useSystemAAFontSettings", "on"));
        System.setProperty("swing.aatext", "true");
        if (LaunchOptions.wantsHelp(args)) {
            System.out.println(LaunchOptions.USAGE);   // asked for: on stdout, exit status 0, no window
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        // Swing's own texts (确定/取消) follow the default locale
        Locale.setDefault(options.locale());
        // before the first temporary file: the font copies below go to the launcher's private directory
        claimTempDir();
        // Font files are read while the EDT loads Swing and FlatLaf: the two overlap on a two-core counter PC
        java.util.concurrent.CompletableFuture<String> fonts =
                java.util.concurrent.CompletableFuture.supplyAsync(ClientApp::prepareFonts);
        SwingUtilities.invokeLater(() -> {
            ClientApp app = create(options, ClientPrefs.userNode(), () -> System.exit(0));
            Theme theme = app.configuredTheme();
            javax.swing.UIManager.getLookAndFeelDefaults();   // loads Swing's classes before waiting for fonts
            installLookAndFeel(theme, fonts.join());
            app.start();
            // HanaMinB is 30 MB (0.3–1 s to read): read while the clerk signs in, not before the dialog shows
            java.util.concurrent.CompletableFuture.supplyAsync(() -> CjkFonts.load(BundledFonts.fallback()))
                    .whenComplete((fallback, failure) -> SwingUtilities.invokeLater(() -> {
                        if (failure != null) {
                            LoggerFactory.getLogger(ClientApp.class).warn("cannot read the bundled fallback font",
                                    failure);
                        } else {
                            chainRareCharacterFallback(fallback);
                        }
                    }));
        });
    }
}
