package org.yichuang.client.testing;

import org.yichuang.core.api.CaseDocumentView;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseListPage;
import org.yichuang.core.api.CaseListQuery;

import org.yichuang.core.api.CalendarImportRequest;
import org.yichuang.core.api.CalendarImportResult;
import org.yichuang.core.api.CalendarOverview;
import org.yichuang.core.api.CalendarYear;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.CatalogListing;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.ImportResult;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.StaffInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.error.Problem;
import org.yichuang.core.staff.Role;

/** An in-memory {@link HallApi} that passes the same contract as the server; for presenter and UI tests. */
public final class FakeHallApi implements HallApi {
    private final List<String> identityReads = new ArrayList<>();
    /** The window clerk every fake knows. */
    public static final String CLERK = "clerk";
    public static final String CLERK_PASSWORD = "Counter-Pass-1";
    public static final String CLERK_NAME = "王小明";
    public static final int COUNTER_NO = 3;
    /** Failed sign-ins in a row after which the server asks to wait (登录限流). */
    public static final int THROTTLE_AFTER = 5;

    /** The administrator every fake knows; signs in without a counter. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin-Pass-1";
    public static final String HALL_NAME = "示范县政务服务中心";
    /** The supervisor (电子监察) every fake knows; signs in without a counter and sees every case. */
    public static final String SUPERVISOR = "supervisor";
    public static final String SUPERVISOR_PASSWORD = "Supervisor-Pass-1";
    public static final String SUPERVISOR_NAME = "刘伟";
    /** The hall's time zone the fake's sessions carry. */
    public static final String HALL_ZONE = "Asia/Shanghai";
    public static final String PUBLIC_URL = "https://zwfw.example.gov.cn";

    /** The shipped demo catalog, as the server seeds it. */
    public static final CatalogDocument DEMO = readDemoCatalog();
    /** The demo items as listed: by department, then name, like the server's query. */
    public static final List<ServiceItemSummary> ITEMS = DEMO.items().stream().map(FakeHallApi::summary)
            .sorted(Comparator.comparing(ServiceItemSummary::department).thenComparing(ServiceItemSummary::name))
            .toList();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Clock clock;
    private final Map<String, CaseReceipt> cases = new HashMap<>();
    private final Map<String, NewCase> byKey = new HashMap<>();
    private final Map<String, String> keyToCase = new HashMap<>();
    private final Map<String, Integer> sequences = new HashMap<>();
    private final List<NewCase> received = new ArrayList<>();
    private final Map<org.yichuang.core.person.ApplicantKey, org.yichuang.core.api.ApplicantView> applicants =
            new HashMap<>();
    private final Map<String, List<VersionedItem>> versions = new LinkedHashMap<>();
    private final Map<String, ServiceBundle> bundles = new LinkedHashMap<>();
    private final CatalogFiles files = new CatalogFiles();
    private int failures;
    private String token;
    private SessionInfo session;
    private ApiException failNext;
    private final FakeCases lifecycle;
    private final FakeQueue queue;
    private Set<Role> caseRoles;

    /** Creates a fake on Beijing time. */
    public FakeHallApi() {
        this(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /** Creates a fake on the given clock. */
    public FakeHallApi(Clock clock) {
        this.clock = clock;
        this.lifecycle = new FakeCases(clock, ZoneId.of("Asia/Shanghai"));
        this.queue = new FakeQueue(clock);
        Instant seeded = clock.instant().minusSeconds(86_400);
        for (ServiceItem item : DEMO.items()) {
            versions.put(item.implementationCode(),
                    new ArrayList<>(List.of(new VersionedItem(item, 1, seeded, true, seeded, "system"))));
        }
        DEMO.bundles().forEach(b -> bundles.put(b.code(), b));
    }

    private static CatalogDocument readDemoCatalog() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            return mapper.readValue(in, CatalogDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceItemSummary summary(ServiceItem i) {
        return new ServiceItemSummary(i.implementationCode(), i.name(), i.department(), i.caseKind(),
                i.statutoryLimit(), i.promisedLimit(), i.aliases());
    }

    /** Makes the next call fail with {@code code} (e.g. SERVER_UNREACHABLE). */
    public synchronized FakeHallApi failNextWith(ErrorCode code) {
        failNext = new ApiException(code, code.defaultMessage(), code == ErrorCode.SERVER_UNREACHABLE ? 0 : code.httpStatus());
        return this;
    }

    /** Returns the card kinds of every identity-read notice received, in order (what the audit would record). */
    public synchronized List<String> identityReads() {
        return List.copyOf(identityReads);
    }

    @Override
    public synchronized void recordIdentityRead(org.yichuang.core.api.IdentityReadNotice notice) {
        maybeFail();
        requireSession();
        if (!org.yichuang.core.api.IdentityReadNotice.isKnownKind(notice.cardKind())) {
            throw api(ErrorCode.IDENTITY_CARD_KIND_UNKNOWN);
        }
        identityReads.add(notice.cardKind());
    }

    /** Returns every createCase request received, in order (including repeats). */
    public synchronized List<NewCase> received() {
        return List.copyOf(received);
    }

    private void maybeFail() {
        if (failNext != null) {
            ApiException e = failNext;
            failNext = null;
            throw e;
        }
    }

    @Override
    public synchronized SessionInfo signIn(SignInRequest request) {
        maybeFail();
        if (failures >= THROTTLE_AFTER) {
            throw api(ErrorCode.AUTH_THROTTLED);
        }
        if (ADMIN.equals(request.username()) && ADMIN_PASSWORD.equals(request.password())) {
            token = UUID.randomUUID().toString();
            session = new SessionInfo(token, clock.instant().plusSeconds(8 * 3600),
                    new StaffInfo(ADMIN, "系统管理员", Set.of(Role.ADMIN)), null, HALL_ZONE);
            return session;
        }
        if (SUPERVISOR.equals(request.username()) && SUPERVISOR_PASSWORD.equals(request.password())) {
            token = UUID.randomUUID().toString();
            session = new SessionInfo(token, clock.instant().plusSeconds(8 * 3600),
                    new StaffInfo(SUPERVISOR, SUPERVISOR_NAME, Set.of(Role.SUPERVISOR)), null, HALL_ZONE);
            return session;
        }
        if (!CLERK.equals(request.username()) || !CLERK_PASSWORD.equals(request.password())) {
            failures++;
            throw api(ErrorCode.AUTH_BAD_CREDENTIALS);
        }
        if (request.counterNo() == null) {
            throw api(ErrorCode.COUNTER_REQUIRED);
        }
        if (request.counterNo() != COUNTER_NO) {
            throw api(ErrorCode.COUNTER_NOT_FOUND);
        }
        failures = 0;
        token = UUID.randomUUID().toString();
        session = new SessionInfo(token, clock.instant().plusSeconds(8 * 3600),
                new StaffInfo(CLERK, CLERK_NAME, Set.of(Role.WINDOW)),
                new CounterInfo(COUNTER_NO, "3号综合窗口", HALL_NAME), HALL_ZONE);
        return session;
    }

    @Override
    public synchronized void signOut() {
        token = null;
        session = null;
    }

    @Override
    public synchronized List<ServiceItemSummary> listItems() {
        maybeFail();
        requireSession();
        return versions.keySet().stream().map(this::inForce).flatMap(Optional::stream)
                .map(v -> summary(v.item()))
                .sorted(Comparator.comparing(ServiceItemSummary::department).thenComparing(ServiceItemSummary::name))
                .toList();
    }

    @Override
    public synchronized CaseReceipt createCase(NewCase request) {
        maybeFail();
        requireSession();
        received.add(request);
        NewCase earlier = byKey.get(request.idempotencyKey());
        if (earlier != null) {
            if (!earlier.equals(request)) {
                throw api(ErrorCode.IDEMPOTENCY_CONFLICT);
            }
            return cases.get(keyToCase.get(request.idempotencyKey()));
        }
        ServiceItem item = inForce(request.itemCode()).orElseThrow(() -> api(ErrorCode.ITEM_NOT_FOUND)).item();
        org.yichuang.core.person.Applicant applicant;
        try {
            // the server's rules, from the same core types
            applicant = org.yichuang.core.person.Applicant.of(request.applicant(), LocalDate.now(clock));
            org.yichuang.core.text.Remarks.parseOptional(request.remarks());
        } catch (DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
        String name = applicant.name();
        applicants.putIfAbsent(org.yichuang.core.person.ApplicantKey.of(applicant), view(applicant));
        String day = LocalDate.now(clock).format(DAY);
        int seq = sequences.merge(item.implementationCode() + day, 1, Integer::sum);
        String caseNo = item.implementationCode() + day + String.format("%04d", seq);
        CaseReceipt receipt = new CaseReceipt(caseNo, item.implementationCode(), item.name(), item.department(),
                item.caseKind(), item.promisedLimit(), name, Masking.documentNumber(applicant.identifier()), clock.instant(),
                session.counter().number(), session.counter().name(), session.counter().hallName(),
                session.staff().displayName());
        cases.put(caseNo, receipt);
        lifecycle.received(receipt);
        byKey.put(request.idempotencyKey(), request);
        keyToCase.put(request.idempotencyKey(), caseNo);
        return receipt;
    }

    @Override
    public synchronized CaseReceipt getCase(String caseNo) {
        maybeFail();
        requireSession();
        CaseReceipt receipt = cases.get(caseNo);
        if (receipt == null) {
            throw api(ErrorCode.CASE_NOT_FOUND);
        }
        return receipt;
    }

    @Override
    public synchronized HallInfo hallInfo() {
        maybeFail();
        requireSession();
        return new HallInfo(HALL_NAME, PUBLIC_URL);
    }

    @Override
    public synchronized VersionedItem getItem(String implementationCode) {
        maybeFail();
        requireSession();
        return inForce(implementationCode).orElseThrow(() -> api(ErrorCode.ITEM_NOT_FOUND));
    }

    @Override
    public synchronized List<CatalogListing> listCatalog() {
        maybeFail();
        requireAdmin();
        return versions.values().stream().map(all -> all.get(all.size() - 1))
                .map(v -> new CatalogListing(v.item().implementationCode(), v.item().name(), v.item().department(),
                        v.item().caseKind(), v.version(), v.effectiveFrom(), v.inForce(), v.recordedAt(),
                        v.recordedBy()))
                .sorted(Comparator.comparing(CatalogListing::department).thenComparing(CatalogListing::name))
                .toList();
    }

    @Override
    public synchronized List<VersionedItem> itemVersions(String implementationCode) {
        maybeFail();
        requireAdmin();
        List<VersionedItem> all = versions.get(implementationCode);
        if (all == null) {
            throw api(ErrorCode.ITEM_NOT_FOUND);
        }
        List<VersionedItem> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized List<ServiceBundle> listBundles() {
        maybeFail();
        requireSession();
        return bundles.values().stream().sorted(Comparator.comparing(ServiceBundle::name)).toList();
    }

    @Override
    public synchronized VersionedItem saveItem(ItemChange change) {
        maybeFail();
        requireAdmin();
        ServiceItem item = change.item();
        List<Problem> problems = ServiceItemRules.check(item).stream()
                .map(v -> Problem.at(v.field(), v.code(), v.message())).toList();
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.CATALOG_RULE_VIOLATED, ErrorCode.CATALOG_RULE_VIOLATED.defaultMessage(),
                    ErrorCode.CATALOG_RULE_VIOLATED.httpStatus(), problems);
        }
        List<VersionedItem> all = versions.get(item.implementationCode());
        int latest = all == null ? 0 : all.get(all.size() - 1).version();
        if (change.baseVersion() == null ? all != null : change.baseVersion() != latest) {
            throw api(ErrorCode.CATALOG_VERSION_CONFLICT);
        }
        if (all != null && all.get(all.size() - 1).item().equals(item)
                && all.get(all.size() - 1).inForce() == change.inForce()) {
            return all.get(all.size() - 1);
        }
        Instant now = clock.instant();
        VersionedItem saved = new VersionedItem(item, latest + 1,
                change.effectiveFrom() == null ? now : change.effectiveFrom(), change.inForce(), now,
                session.staff().username());
        versions.computeIfAbsent(item.implementationCode(), k -> new ArrayList<>()).add(saved);
        return saved;
    }

    @Override
    public synchronized ServiceBundle saveBundle(ServiceBundle bundle) {
        maybeFail();
        requireAdmin();
        if (!versions.keySet().containsAll(bundle.itemCodes())) {
            throw api(ErrorCode.BUNDLE_ITEM_UNKNOWN);
        }
        // the server's member rules (own results, the bundle limit against statutory limits), from the same core
        Map<String, ServiceItem> members = new HashMap<>();
        bundle.itemCodes().forEach(c -> inForce(c).ifPresent(v -> members.put(c, v.item())));
        List<org.yichuang.core.catalog.Violation> broken = org.yichuang.core.catalog.BundleRules.check(bundle,
                members);
        if (!broken.isEmpty()) {
            throw new ApiException(broken.get(0).code(), broken.get(0).message(), 400, broken.stream()
                    .map(v -> Problem.at(v.field(), v.code(), v.message())).toList());
        }
        bundles.put(bundle.code(), bundle);
        return bundle;
    }

    @Override
    public synchronized void deleteBundle(String bundleCode) {
        maybeFail();
        requireAdmin();
        if (bundles.remove(bundleCode) == null) {
            throw api(ErrorCode.BUNDLE_NOT_FOUND);
        }
    }

    /** Imports with the same reader as the server, so located problems match it. */
    @Override
    public synchronized ImportResult importCatalog(byte[] content, CatalogFormat format) {
        maybeFail();
        requireAdmin();
        ParsedCatalog parsed = files.read(content, format, versions.keySet());
        if (!parsed.ok()) {
            throw new ApiException(ErrorCode.CATALOG_IMPORT_INVALID, ErrorCode.CATALOG_IMPORT_INVALID.defaultMessage(),
                    ErrorCode.CATALOG_IMPORT_INVALID.httpStatus(), parsed.problems());
        }
        int added = 0;
        int changed = 0;
        for (ServiceItem item : parsed.document().items()) {
            List<VersionedItem> all = versions.get(item.implementationCode());
            if (all != null && all.get(all.size() - 1).item().equals(item)) {
                continue;
            }
            if (all == null) {
                added++;
            } else {
                changed++;
            }
            int next = all == null ? 1 : all.get(all.size() - 1).version() + 1;
            Instant now = clock.instant();
            versions.computeIfAbsent(item.implementationCode(), k -> new ArrayList<>())
                    .add(new VersionedItem(item, next, now, true, now, session.staff().username()));
        }
        parsed.document().bundles().forEach(b -> bundles.put(b.code(), b));
        int total = parsed.document().items().size();
        return new ImportResult(added, changed, total - added - changed, parsed.document().bundles().size());
    }

    @Override
    public synchronized byte[] exportCatalog(CatalogFormat format) {
        maybeFail();
        requireAdmin();
        List<ServiceItem> latest = versions.values().stream().map(all -> all.get(all.size() - 1).item()).toList();
        return files.write(new CatalogDocument(CatalogDocument.FORMAT_VERSION, HALL_NAME + "事项库", latest,
                List.copyOf(bundles.values())), format);
    }

    /** The calendar is tested against the real server (TestServer): its rules live there and in core. */
    @Override
    public CalendarOverview calendar() {
        throw new UnsupportedOperationException("calendar: test against TestServer");
    }

    @Override
    public CalendarYear calendarYear(int year) {
        throw new UnsupportedOperationException("calendar: test against TestServer");
    }

    @Override
    public CalendarImportResult importCalendar(CalendarImportRequest request) {
        throw new UnsupportedOperationException("calendar: test against TestServer");
    }

    /** The newest version whose effective time has come, if it keeps the item in force. */
    private Optional<VersionedItem> inForce(String implementationCode) {
        Instant now = clock.instant();
        return versions.getOrDefault(implementationCode, List.of()).stream()
                .filter(v -> !v.effectiveFrom().isAfter(now))
                .reduce((a, b) -> b)
                .filter(VersionedItem::inForce);
    }

    private void requireSession() {
        if (token == null) {
            throw api(ErrorCode.AUTH_REQUIRED);
        }
    }

    private void requireAdmin() {
        requireSession();
        if (!session.staff().roles().contains(Role.ADMIN)) {
            throw api(ErrorCode.FORBIDDEN);
        }
    }

    private static ApiException api(ErrorCode code) {
        return new ApiException(code, code.defaultMessage(), code.httpStatus());
    }

    // --- issue 9: cases, deadlines and 红黄牌 (the lifecycle lives in FakeCases) ---

    /** Roles the case methods act with instead of the session's (a clerk who also does back-office steps). */
    public synchronized FakeHallApi actingWith(Set<Role> roles) {
        caseRoles = Set.copyOf(roles);
        return this;
    }

    /** Changes a case's 红黄牌 level and pushes it to the open alert streams. */
    public void pushAlert(String caseNo, AlertLevel level) {
        lifecycle.pushAlert(caseNo, level);
    }

    /** Drops every open alert stream, as a broken network would. */
    public void dropAlertStreams() {
        lifecycle.dropStreams();
    }

    /** Returns the Last-Event-ID sent with each alert subscription, in order ("null" for none). */
    public List<String> alertSubscriptions() {
        return lifecycle.lastEventIds();
    }

    private Set<Role> caseRoles() {
        return caseRoles != null ? caseRoles : session.staff().roles();
    }

    @Override
    public synchronized CaseListPage listCases(CaseListQuery query) {
        maybeFail();
        requireSession();
        return lifecycle.list(query, session.staff().displayName());
    }

    @Override
    public synchronized byte[] exportCases(CaseListQuery query) {
        maybeFail();
        requireSession();
        return lifecycle.export();
    }

    @Override
    public synchronized CaseLifecycleView caseLifecycle(String caseNo) {
        maybeFail();
        requireSession();
        return lifecycle.detail(caseNo, caseRoles());
    }

    @Override
    public synchronized CaseLifecycleView transition(String caseNo, CaseTransitionRequest command) {
        maybeFail();
        requireSession();
        return lifecycle.transition(caseNo, command, caseRoles());
    }

    @Override
    public synchronized CaseDeadlineExplanations deadlineExplanation(String caseNo) {
        maybeFail();
        requireSession();
        return lifecycle.explanation(caseNo);
    }

    @Override
    public AlertSubscription subscribeAlerts(String lastEventId, AlertSubscription.Listener listener) {
        synchronized (this) {
            maybeFail();
            requireSession();
        }
        return lifecycle.subscribe(lastEventId, listener);
    }

    // issue 10: applicants

    @Override
    public synchronized org.yichuang.core.api.ApplicantView findApplicant(
            org.yichuang.core.api.ApplicantLookup lookup) {
        maybeFail();
        requireSession();
        if (!session.staff().roles().contains(Role.WINDOW)) {
            throw api(ErrorCode.FORBIDDEN);
        }
        org.yichuang.core.person.ApplicantKey key;
        try {
            key = org.yichuang.core.person.ApplicantKey.of(lookup, LocalDate.now(clock));
        } catch (DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
        org.yichuang.core.api.ApplicantView found = applicants.get(key);
        if (found == null) {
            throw api(ErrorCode.APPLICANT_NOT_FOUND);
        }
        return found;
    }

    /**
     * Seeds a case accepted at intake (受理 with its checklist judged), as the server's {@code /intake} would: the
     * transitions route refuses 受理 like the server does.
     */
    public synchronized CaseLifecycleView acceptAtIntake(String caseNo) {
        return lifecycle.acceptedAtIntake(caseNo);
    }

    /** The applicant as first recorded (the server keeps the first name and identity too). */
    private static org.yichuang.core.api.ApplicantView view(org.yichuang.core.person.Applicant a) {
        return new org.yichuang.core.api.ApplicantView(a.kind(), a.name(),
                a.document() == null ? null : a.document().type(), a.document() == null ? null : a.document().value(),
                a.creditCode() == null ? null : a.creditCode().value(), a.legalRepresentative(),
                a.phone() == null ? null : a.phone().value());
    }

    // issue 10: intake screen (core's IntakeRules on the fake's facts; remedies configured as in the demo hall)

    private final Map<String, org.yichuang.core.api.CaseIntakeView> intakes = new HashMap<>();
    private final Map<String, org.yichuang.core.api.CaseLifecycleView> intakeAnswers = new HashMap<>();
    private final List<org.yichuang.core.api.IntakeSubmission> intakeSubmissions = new ArrayList<>();
    private org.yichuang.core.intake.HallIntakeSettings intakeHall = new org.yichuang.core.intake.HallIntakeSettings(
            "示范县人民政府", "示范县人民法院", null, false);

    /** Returns every intake submission received, in order (refused ones included). */
    public synchronized List<org.yichuang.core.api.IntakeSubmission> intakeSubmissions() {
        return List.copyOf(intakeSubmissions);
    }

    private org.yichuang.core.intake.IntakeContext intakeContext(String caseNo) {
        CaseReceipt receipt = cases.get(caseNo);
        if (receipt == null) {
            throw api(ErrorCode.CASE_NOT_FOUND);
        }
        ServiceItem item = inForce(receipt.itemCode()).orElseThrow(() -> api(ErrorCode.ITEM_NOT_FOUND)).item();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        org.yichuang.core.calendar.WorkCalendar calendar = org.yichuang.core.calendar.io.ShippedCalendar.calendar();
        // the server's deadline clock is richer (clock stops, hours); a promised limit in days is what intake needs
        LocalDate promised = item.promisedLimit().unit() == org.yichuang.core.catalog.LimitUnit.WORKING_DAYS
                ? calendar.plusWorkingDays(today, item.promisedLimit().value())
                : today.plusDays(item.promisedLimit().value());
        return new org.yichuang.core.intake.IntakeContext(item, LocalDate.ofInstant(receipt.receivedAt(), zone), today,
                promised, calendar, intakeHall);
    }

    @Override
    public synchronized org.yichuang.core.api.IntakeOptions intakeOptions(String caseNo,
            org.yichuang.core.api.IntakeSubmission submission) {
        maybeFail();
        requireSession();
        org.yichuang.core.intake.IntakeContext ctx = intakeContext(caseNo);
        boolean open = !intakes.containsKey(caseNo);
        return new org.yichuang.core.api.IntakeOptions(caseNo, open ? org.yichuang.core.intake.IntakeRules.offered(ctx,
                submission.materials(), submission.commitmentSigned(), submission.genuineIntentAsked()) : List.of(),
                ctx.promisedDueOn(), ctx.calendar().plusWorkingDays(ctx.receivedOn(),
                        org.yichuang.core.intake.IntakeRules.NOTICE_WORKING_DAYS),
                intakeHall.remediesConfigured(), intakeHall.deferralFailurePolicy(),
                org.yichuang.core.intake.IntakeRules.checklist(ctx.item(), ctx.agent()),
                org.yichuang.core.intake.IntakeRules.latestDeferralDue(ctx, submission.materials()),
                open ? org.yichuang.core.intake.IntakeRules.refused(ctx, submission.materials(),
                        submission.commitmentSigned(), submission.genuineIntentAsked()) : List.of());
    }

    @Override
    public synchronized CaseLifecycleView submitIntake(String caseNo,
            org.yichuang.core.api.IntakeSubmission submission) {
        maybeFail();
        requireSession();
        intakeSubmissions.add(submission);
        String key = caseNo + "/" + submission.idempotencyKey();
        if (intakeAnswers.containsKey(key)) {
            return intakeAnswers.get(key);
        }
        if (intakes.containsKey(caseNo)) {
            throw new ApiException(ErrorCode.TRANSITION_NOT_ALLOWED, "受理结果已登记，不能再次登记。", 409);
        }
        org.yichuang.core.intake.IntakeContext ctx = intakeContext(caseNo);
        org.yichuang.core.intake.IntakeDecision d;
        try {
            d = org.yichuang.core.intake.IntakeRules.decide(ctx, submission.request());
        } catch (DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
        CaseLifecycleView answer = lifecycle.intakeTransition(caseNo, new CaseTransitionRequest(d.action(),
                submission.idempotencyKey(), null, d.transitionReason() == null ? null
                        : d.transitionReason().substring(0, Math.min(200, d.transitionReason().length())),
                null, null, null, null, null, d.supplementDueOn(), null), caseRoles());
        List<org.yichuang.core.api.CaseMaterialView> lines = new ArrayList<>();
        int position = 0;
        for (org.yichuang.core.intake.MaterialCheck c : submission.materials()) {
            lines.add(new org.yichuang.core.api.CaseMaterialView(position++, c.name(), c.status(), c.channel(),
                    c.originalVerified(), c.originals(), c.copies(), c.pages(), c.problem(),
                    c.status() == org.yichuang.core.intake.MaterialStatus.RECEIVED ? clock.instant() : null, false));
        }
        intakes.put(caseNo, new org.yichuang.core.api.CaseIntakeView(caseNo, d.outcome(), lines, d.outstanding(),
                submission.commitmentSigned(), submission.genuineIntentAsked(), submission.reason(),
                submission.legalBasis(), submission.competentAuthority(), d.remedies(), d.consequence(),
                submission.correctionNote(), d.supplementDueOn(), d.noticeServiceDueOn(), d.postCheckDueOn(),
                ctx.item().department(), clock.instant()));
        intakeAnswers.put(key, answer);
        return answer;
    }

    @Override
    public synchronized org.yichuang.core.api.CaseIntakeView caseIntake(String caseNo) {
        maybeFail();
        requireSession();
        org.yichuang.core.api.CaseIntakeView view = intakes.get(caseNo);
        if (view == null) {
            throw new ApiException(ErrorCode.CASE_NOT_FOUND, "该办件尚未登记受理结果。", 404);
        }
        return view;
    }

    @Override
    public synchronized CaseLifecycleView submitSupplement(String caseNo,
            org.yichuang.core.api.SupplementSubmission submission) {
        maybeFail();
        requireSession();
        org.yichuang.core.api.CaseIntakeView view = caseIntake(caseNo);
        List<String> outstanding = view.outstanding().stream()
                .map(org.yichuang.core.intake.OutstandingMaterial::name).toList();
        for (org.yichuang.core.intake.MaterialCheck c : submission.materials()) {
            if (!outstanding.contains(c.name())) {
                throw new ApiException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "材料“" + c.name()
                        + "”不是本办件待补交的材料。", ErrorCode.INTAKE_CHECKLIST_MISMATCH.httpStatus());
            }
        }
        return lifecycle.detail(caseNo, caseRoles());
    }

    // issue 10: case documents (the server issues them with an outcome; here a test issues them itself)

    private final Map<String, List<FakeDocument>> documents = new HashMap<>();
    private long nextDocumentId = 1;

    /** A document as the fake keeps it: its view and its originals per paper. */
    private record FakeDocument(CaseDocumentView view, Map<org.yichuang.core.notice.Paper, byte[]> originals) {
    }

    /**
     * Issues a document with a case as the server would with an outcome (test hook): numbered {@code 示范受〔2026〕N号},
     * stored on every paper of its kind with {@code pdf} as the original's bytes.
     */
    public synchronized CaseDocumentView issueDocument(String caseNo, org.yichuang.core.notice.NoticeKind kind,
            byte[] pdf) {
        if (!cases.containsKey(caseNo)) {
            throw new IllegalArgumentException("no case " + caseNo);
        }
        long id = nextDocumentId++;
        List<org.yichuang.core.notice.Paper> papers = kind.papers().stream().sorted().toList();
        CaseDocumentView view = new CaseDocumentView(id, kind, kind.title(), "示范受〔2026〕" + String.format("%05d", id)
                + "号", clock.instant(), CLERK_NAME, papers, 0);
        Map<org.yichuang.core.notice.Paper, byte[]> originals = new HashMap<>();
        papers.forEach(p -> originals.put(p, pdf.clone()));
        documents.computeIfAbsent(caseNo, k -> new ArrayList<>()).add(new FakeDocument(view, originals));
        return view;
    }

    @Override
    public synchronized List<CaseDocumentView> caseDocuments(String caseNo) {
        maybeFail();
        requireSession();
        if (!cases.containsKey(caseNo)) {
            throw new ApiException(ErrorCode.CASE_NOT_FOUND, ErrorCode.CASE_NOT_FOUND.defaultMessage(), 404);
        }
        return documents.getOrDefault(caseNo, List.of()).stream().map(FakeDocument::view).toList();
    }

    @Override
    public synchronized byte[] documentPdf(String caseNo, long documentId, org.yichuang.core.notice.Paper paper) {
        maybeFail();
        requireSession();
        return fakeDocument(caseNo, documentId, paper).originals().get(paper).clone();
    }

    @Override
    public synchronized byte[] documentCopy(String caseNo, long documentId, org.yichuang.core.notice.Paper paper) {
        maybeFail();
        requireSession();
        FakeDocument d = fakeDocument(caseNo, documentId, paper);
        List<FakeDocument> list = documents.get(caseNo);
        CaseDocumentView v = d.view();
        list.set(list.indexOf(d), new FakeDocument(new CaseDocumentView(v.id(), v.kind(), v.title(),
                v.documentNumber(), v.issuedAt(), v.issuedBy(), v.papers(), v.copiesPrinted() + 1), d.originals()));
        return d.originals().get(paper).clone();
    }

    private FakeDocument fakeDocument(String caseNo, long documentId, org.yichuang.core.notice.Paper paper) {
        if (!cases.containsKey(caseNo)) {
            throw new ApiException(ErrorCode.CASE_NOT_FOUND, ErrorCode.CASE_NOT_FOUND.defaultMessage(), 404);
        }
        FakeDocument d = documents.getOrDefault(caseNo, List.of()).stream()
                .filter(x -> x.view().id() == documentId).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.DOCUMENT_NOT_FOUND,
                        ErrorCode.DOCUMENT_NOT_FOUND.defaultMessage(), 404));
        if (paper == null || !d.originals().containsKey(paper)) {
            throw new ApiException(ErrorCode.DOCUMENT_PAPER_NOT_AVAILABLE,
                    ErrorCode.DOCUMENT_PAPER_NOT_AVAILABLE.defaultMessage(), 400);
        }
        return d;
    }

    // issue 10: bundles (一件事)

    private final Map<String, org.yichuang.core.api.BundleCaseReceipt> bundleCases = new LinkedHashMap<>();
    private final Map<String, org.yichuang.core.api.NewBundleCase> bundleKeys = new HashMap<>();
    private final Map<String, String> bundleKeyToParent = new HashMap<>();

    /** Returns every bundle application received (parent numbers in order). */
    public synchronized List<org.yichuang.core.api.BundleCaseReceipt> bundleCasesReceived() {
        return List.copyOf(bundleCases.values());
    }

    @Override
    public synchronized org.yichuang.core.api.BundleCaseReceipt createBundleCase(
            org.yichuang.core.api.NewBundleCase request) {
        maybeFail();
        requireSession();
        org.yichuang.core.api.NewBundleCase earlier = bundleKeys.get(request.idempotencyKey());
        if (earlier != null) {
            if (!earlier.equals(request)) {
                throw api(ErrorCode.IDEMPOTENCY_CONFLICT);
            }
            return bundleCases.get(bundleKeyToParent.get(request.idempotencyKey()));
        }
        ServiceBundle bundle = bundles.get(request.bundleCode());
        if (bundle == null) {
            throw api(ErrorCode.BUNDLE_CASE_BUNDLE_UNKNOWN);
        }
        List<ServiceItem> members = new ArrayList<>();
        for (String code : bundle.itemCodes()) {
            members.add(inForce(code).orElseThrow(() -> api(ErrorCode.BUNDLE_CASE_MEMBER_NOT_IN_FORCE)).item());
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(clock.instant(), zone);
        org.yichuang.core.bundle.BundleSchedule.Plan plan = org.yichuang.core.bundle.BundleSchedule.plan(bundle,
                members.stream().map(ServiceItem::promisedLimit).toList(), start,
                new org.yichuang.core.calendar.DeadlineCalculator(
                        org.yichuang.core.calendar.io.ShippedCalendar.calendar(),
                        org.yichuang.core.calendar.ClockSettings.standard()));
        String day = LocalDate.now(clock).format(DAY);
        List<org.yichuang.core.api.BundleChildReceipt> children = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            ServiceItem item = members.get(k);
            var child = plan.children().get(k);
            int seq = sequences.merge(item.implementationCode() + day, 1, Integer::sum);
            children.add(new org.yichuang.core.api.BundleChildReceipt(k, item.implementationCode() + day
                    + String.format("%04d", seq), item.implementationCode(), item.name(), item.department(),
                    child.limit(), child.start().atZone(zone).toInstant(), child.due().dueDate(),
                    child.due().dueAt().atZone(zone).toInstant(), child.due().provisional()));
        }
        int seq = sequences.merge("YJS" + day, 1, Integer::sum);
        var receipt = new org.yichuang.core.api.BundleCaseReceipt("YJS" + day + String.format("%05d", seq),
                bundle.code(), bundle.name(), bundle.runMode(), bundle.promisedLimit(), plan.parentDue().dueDate(),
                plan.parentDue().dueAt().atZone(zone).toInstant(), request.applicant().name(),
                Masking.idNumber(request.applicant().idNumber()), clock.instant(), session.counter().number(),
                session.counter().name(), session.counter().hallName(), session.staff().displayName(), children);
        bundleCases.put(receipt.parentCaseNo(), receipt);
        bundleKeys.put(request.idempotencyKey(), request);
        bundleKeyToParent.put(request.idempotencyKey(), receipt.parentCaseNo());
        return receipt;
    }

    @Override
    public synchronized org.yichuang.core.api.BundleCaseView bundleCase(String caseNo) {
        maybeFail();
        requireSession();
        var r = bundleCases.values().stream().filter(b -> b.parentCaseNo().equals(caseNo)
                || b.children().stream().anyMatch(c -> c.caseNo().equals(caseNo))).findFirst()
                .orElseThrow(() -> api(ErrorCode.CASE_NOT_FOUND));
        return new org.yichuang.core.api.BundleCaseView(r.parentCaseNo(), r.bundleCode(), r.bundleName(),
                org.yichuang.core.cases.CaseState.RECEIVED, org.yichuang.core.cases.CaseState.RECEIVED.label(),
                r.dueAt(), r.children().stream().map(c -> new org.yichuang.core.api.BundleCaseView.Child(
                        c.position(), c.caseNo(), c.itemName(), c.department(),
                        org.yichuang.core.cases.CaseState.RECEIVED,
                        org.yichuang.core.cases.CaseState.RECEIVED.label(), c.dueAt(), null, null)).toList());
    }

    @Override
    public synchronized org.yichuang.core.api.BundleCaseView submitBundleIntake(String parentCaseNo,
            org.yichuang.core.api.IntakeSubmission submission) {
        maybeFail();
        requireSession();
        // the fake records no intake: a parent's view as received (the server test covers the real one)
        return bundleCase(parentCaseNo);
    }

    // issue 12: counter panel (窗口叫号)

    /** The hall queue behind the counter methods: tests issue tickets and act as other counters there. */
    public FakeQueue queue() {
        return queue;
    }

    private int queueCounter() {
        maybeFail();
        requireSession();
        if (session.counter() == null) {
            throw api(ErrorCode.COUNTER_REQUIRED);
        }
        return session.counter().number();
    }

    // issue 12: queue settings and reception

    private org.yichuang.core.api.queue.QueueSettingsView queueSettings = new org.yichuang.core.api.queue.QueueSettingsView(
            0, org.yichuang.core.queue.QueueSettings.defaults(List.of(1, 2, 3)));
    private final List<org.yichuang.core.api.queue.TicketRequest> ticketRequests = new ArrayList<>();
    private final Map<String, Integer> ticketSequences = new HashMap<>();

    /** Returns every ticket request received, in order. */
    public synchronized List<org.yichuang.core.api.queue.TicketRequest> ticketRequests() {
        return List.copyOf(ticketRequests);
    }

    /** Replaces the stored settings as if another administrator had saved them (a later save conflicts). */
    public synchronized void savedElsewhere(org.yichuang.core.queue.QueueSettings settings) {
        queueSettings = new org.yichuang.core.api.queue.QueueSettingsView(queueSettings.version() + 1, settings);
    }

    @Override
    public synchronized org.yichuang.core.api.queue.QueueSettingsView queueSettings() {
        maybeFail();
        requireSession();
        return queueSettings;
    }

    @Override
    public synchronized org.yichuang.core.api.queue.CounterQueueView counterQueue() {
        return queue.view(queueCounter());
    }

    @Override
    public synchronized org.yichuang.core.api.queue.TicketView callNextTicket() {
        return queue.callNext(queueCounter());
    }

    @Override
    public synchronized org.yichuang.core.api.queue.TicketView callTicket(
            org.yichuang.core.api.queue.CallRequest request) {
        int counter = queueCounter();
        try {
            return queue.call(counter, request);
        } catch (DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
    }

    @Override
    public synchronized org.yichuang.core.api.queue.CounterQueueView pauseCounter(boolean paused) {
        return queue.pause(queueCounter(), paused);
    }

    @Override
    public synchronized org.yichuang.core.api.queue.TicketView ticketStep(long ticketId,
            org.yichuang.core.api.queue.TicketStep step) {
        return queue.step(queueCounter(), ticketId, step);
    }

    @Override
    public synchronized org.yichuang.core.api.queue.TicketView transferTicket(long ticketId,
            org.yichuang.core.api.queue.TransferRequest request) {
        return queue.transfer(queueCounter(), ticketId, request);
    }

    @Override
    public org.yichuang.core.api.queue.QueueSubscription subscribeQueue(String lastEventId,
            org.yichuang.core.api.queue.QueueSubscription.Listener listener) {
        synchronized (this) {
            maybeFail();
            requireSession();
        }
        return queue.subscribe(listener);
    }

    @Override
    public synchronized org.yichuang.core.api.queue.QueueSettingsView saveQueueSettings(
            org.yichuang.core.api.queue.QueueSettingsChange change) {
        maybeFail();
        requireAdmin();
        List<Problem> problems = org.yichuang.core.queue.QueueSettingsRules.check(change.settings()).stream()
                .map(v -> Problem.at(v.field(), v.code(), v.message())).toList();
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.QUEUE_SETTINGS_INVALID, "叫号设置有 " + problems.size() + " 处需要修改："
                    + problems.get(0).message(), ErrorCode.QUEUE_SETTINGS_INVALID.httpStatus(), problems);
        }
        if (change.expectedVersion() != queueSettings.version()) {
            throw api(ErrorCode.QUEUE_SETTINGS_CONFLICT);
        }
        queueSettings = new org.yichuang.core.api.queue.QueueSettingsView(change.expectedVersion() + 1,
                change.settings());
        return queueSettings;
    }

    @Override
    public synchronized org.yichuang.core.api.queue.TicketView issueTicket(
            org.yichuang.core.api.queue.TicketRequest request) {
        maybeFail();
        requireSession();
        org.yichuang.core.queue.QueueCategory category = queueSettings.settings().category(request.categoryCode())
                .orElseThrow(() -> api(ErrorCode.QUEUE_CATEGORY_NOT_FOUND));
        ticketRequests.add(request);
        int sequence = ticketSequences.merge(category.code(), 1, Integer::sum);
        org.yichuang.core.queue.PriorityReason priority = request.priority();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ZoneId.of(HALL_ZONE)));
        if (priority == null && request.documentNumber() != null && !request.documentNumber().isBlank()
                && request.documentType() == org.yichuang.core.identity.DocumentType.RESIDENT_ID) {
            var id = org.yichuang.core.identity.IdNumber.parse(request.documentNumber(), today);
            if (queueSettings.settings().elderly().applies(id, today)) {
                priority = org.yichuang.core.queue.PriorityReason.ELDERLY;
            }
        }
        return new org.yichuang.core.api.queue.TicketView(sequence, new org.yichuang.core.queue.TicketNumber(
                category.prefix(), sequence).toString(), today,
                category.code(), category.name(), org.yichuang.core.queue.TicketStatus.WAITING, priority,
                clock.instant(), sequence - 1, null, 0, null, null, null, null, "/q/fake" + sequence);
    }

    // issue 10: bundle notice — the 一件事 applications received, as sent (their ticket included)
    /** Returns the 一件事 applications received, one per idempotency key, in no particular order. */
    public synchronized List<org.yichuang.core.api.NewBundleCase> receivedBundles() {
        return List.copyOf(bundleKeys.values());
    }

    // issue 12: daily queue figures, and the ticket of a case

    private final java.util.Map<java.time.LocalDate, org.yichuang.core.api.queue.QueueFigures> queueFigures =
            new HashMap<>();
    private final List<java.time.LocalDate> queueFiguresAsked = new ArrayList<>();

    /** Makes {@link #queueFigures} answer {@code figures} for its day; other days answer an empty day. */
    public synchronized void putQueueFigures(org.yichuang.core.api.queue.QueueFigures figures) {
        queueFigures.put(figures.day(), figures);
    }

    /** Returns the days {@link #queueFigures} was asked for, in order. */
    public synchronized List<java.time.LocalDate> queueFiguresAsked() {
        return List.copyOf(queueFiguresAsked);
    }

    /**
     * Links a case to a queue ticket as the server does for a case received with {@code NewCase.ticketId}: its
     * receipt ({@code getCase}) then names the ticket and its wait.
     */
    public synchronized void linkTicket(String caseNo, String ticketNumber, long waitSeconds) {
        CaseReceipt r = cases.get(caseNo);
        cases.put(caseNo, new CaseReceipt(r.caseNo(), r.itemCode(), r.itemName(), r.department(), r.caseKind(),
                r.promisedLimit(), r.applicantName(), r.applicantIdNumberMasked(), r.receivedAt(), r.counterNo(),
                r.counterName(), r.hallName(), r.staffName(), ticketNumber, waitSeconds));
    }

    @Override
    public synchronized org.yichuang.core.api.queue.QueueFigures queueFigures(java.time.LocalDate day) {
        maybeFail();
        requireSession();
        if (!session.staff().roles().contains(Role.SUPERVISOR) && !session.staff().roles().contains(Role.ADMIN)) {
            throw api(ErrorCode.FORBIDDEN);
        }
        queueFiguresAsked.add(day);
        return queueFigures.getOrDefault(day, new org.yichuang.core.api.queue.QueueFigures(day,
                new org.yichuang.core.api.queue.QueueFigures.Row("total", "全天", 0, 0, 0, 0, 0, 0, 0, null), List.of(),
                List.of(), List.of(), List.of()));
    }

    /** A stand-in workbook: the zip signature, then the day (the real one is tested on the server). */
    @Override
    public synchronized byte[] exportQueueFigures(java.time.LocalDate day) {
        queueFigures(day);   // the same checks and record of the day asked
        byte[] text = ("xlsx " + day).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 4];
        content[0] = 'P';
        content[1] = 'K';
        content[2] = 3;
        content[3] = 4;
        System.arraycopy(text, 0, content, 4, text.length);
        return content;
    }

    // issue 12: booking check-in and slot capacities (预约签到, 每时段可预约人数)

    /** A booking of today that a check-in may find; the document number as typed. */
    private record TodayBooking(org.yichuang.core.identity.DocumentType type, String number, String categoryCode,
            String name, java.time.LocalTime startsAt, java.time.LocalTime endsAt) {
    }

    private final List<TodayBooking> bookingsToday = new ArrayList<>();
    private final List<org.yichuang.core.api.queue.CheckInRequest> checkInRequests = new ArrayList<>();
    private final Map<String, Integer> bookingCapacities = new HashMap<>();
    private final List<String> capacityChanges = new ArrayList<>();

    /** Books a slot of today for the person, as the public booking page would have (test set-up). */
    public synchronized void bookToday(org.yichuang.core.identity.DocumentType type, String number,
            String categoryCode, String name, java.time.LocalTime startsAt, java.time.LocalTime endsAt) {
        bookingsToday.add(new TodayBooking(type, number, categoryCode, name, startsAt, endsAt));
    }

    /** Returns every check-in request received, in order. */
    public synchronized List<org.yichuang.core.api.queue.CheckInRequest> checkInRequests() {
        return List.copyOf(checkInRequests);
    }

    private ErrorCode capacityFailure;

    /** Makes the next capacity change fail with {@code code} (the calls before it succeed). */
    public synchronized void failCapacityWith(ErrorCode code) {
        capacityFailure = code;
    }

    /** Returns every capacity change received, as {@code CODE=places}, in order. */
    public synchronized List<String> capacityChanges() {
        return List.copyOf(capacityChanges);
    }

    @Override
    public synchronized org.yichuang.core.api.queue.CheckInResult checkInBooking(
            org.yichuang.core.api.queue.CheckInRequest request) {
        maybeFail();
        requireSession();
        checkInRequests.add(request);
        String number = request.documentNumber() == null ? "" : request.documentNumber().strip();
        if (number.isEmpty()) {
            throw new ApiException(ErrorCode.FIELD_REQUIRED, "请填写证件号码。", ErrorCode.FIELD_REQUIRED.httpStatus());
        }
        java.time.LocalTime now = java.time.LocalTime.now(clock.withZone(ZoneId.of(HALL_ZONE)));
        TodayBooking booking = bookingsToday.stream()
                .filter(b -> b.type() == request.documentType() && b.number().equals(number))
                .findFirst().orElseThrow(() -> new ApiException(ErrorCode.BOOKING_NOT_FOUND,
                        "没有找到您今天待签到的预约，请核对证件号码，或取普通号。", ErrorCode.BOOKING_NOT_FOUND.httpStatus()));
        if (!now.isBefore(booking.endsAt())) {
            throw new ApiException(ErrorCode.BOOKING_CHECKIN_TOO_LATE, "您预约的时段 " + booking.startsAt() + "–"
                    + booking.endsAt() + " 已过，预约不再有效，请取普通号。",
                    ErrorCode.BOOKING_CHECKIN_TOO_LATE.httpStatus());
        }
        bookingsToday.remove(booking);
        org.yichuang.core.queue.QueueCategory category = queueSettings.settings().category(booking.categoryCode())
                .orElseThrow(() -> api(ErrorCode.QUEUE_CATEGORY_NOT_FOUND));
        int sequence = ticketSequences.merge(category.code(), 1, Integer::sum);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ZoneId.of(HALL_ZONE)));
        org.yichuang.core.api.queue.TicketView ticket = new org.yichuang.core.api.queue.TicketView(sequence,
                new org.yichuang.core.queue.TicketNumber(category.prefix(), sequence).toString(), today,
                category.code(), category.name(), org.yichuang.core.queue.TicketStatus.WAITING,
                org.yichuang.core.queue.PriorityReason.BOOKING, clock.instant(), sequence - 1, null, 0, null, null,
                null, null, "/q/fake" + sequence);
        return new org.yichuang.core.api.queue.CheckInResult(ticket, booking.name(), booking.startsAt(),
                booking.endsAt());
    }

    @Override
    public synchronized List<org.yichuang.core.api.queue.BookingCapacity> bookingCapacities() {
        maybeFail();
        requireAdmin();
        return queueSettings.settings().categories().stream()
                .filter(org.yichuang.core.queue.QueueCategory::bookingOffered)
                .map(c -> new org.yichuang.core.api.queue.BookingCapacity(c.code(),
                        bookingCapacities.getOrDefault(c.code(), org.yichuang.core.queue.BookingSlots.DEFAULT_CAPACITY),
                        bookingCapacities.containsKey(c.code())))
                .toList();
    }

    @Override
    public synchronized org.yichuang.core.api.queue.BookingOptions setBookingCapacity(String categoryCode,
            org.yichuang.core.api.queue.BookingCapacityChange change) {
        maybeFail();
        requireAdmin();
        if (change.slotCapacity() < 0 || change.slotCapacity() > 1000) {
            throw new ApiException(ErrorCode.FIELD_TOO_LONG, "每个时段可预约人数应在 0 到 1000 之间。",
                    ErrorCode.FIELD_TOO_LONG.httpStatus());
        }
        if (capacityFailure != null) {
            ErrorCode code = capacityFailure;
            capacityFailure = null;
            throw api(code);
        }
        queueSettings.settings().category(categoryCode).orElseThrow(() -> api(ErrorCode.QUEUE_CATEGORY_NOT_FOUND));
        bookingCapacities.put(categoryCode, change.slotCapacity());
        capacityChanges.add(categoryCode + "=" + change.slotCapacity());
        return new org.yichuang.core.api.queue.BookingOptions(List.of());
    }

    // issue 10: hall settings

    private org.yichuang.core.api.HallDocumentSettings hallSettings = new org.yichuang.core.api.HallDocumentSettings(
            null, null, org.yichuang.core.intake.DeferralFailurePolicy.DEFAULT, false,
            org.yichuang.core.document.DocumentNumberPattern.DEFAULT_TEXT, null, null, null,
            org.yichuang.core.document.DocumentKindCodes.defaults());

    @Override
    public synchronized org.yichuang.core.api.HallDocumentSettingsView hallDocumentSettings() {
        maybeFail();
        requireAdmin();
        return new org.yichuang.core.api.HallDocumentSettingsView("示范县政务服务中心", hallSettings);
    }

    @Override
    public synchronized org.yichuang.core.api.HallDocumentSettingsView saveHallDocumentSettings(
            org.yichuang.core.api.HallDocumentSettings settings) {
        maybeFail();
        requireAdmin();
        try {
            // the server's rule, as the server applies it
            hallSettings = org.yichuang.core.hall.HallSettingsRules.normalise(settings);
        } catch (org.yichuang.core.error.DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus(), e.problems());
        }
        return new org.yichuang.core.api.HallDocumentSettingsView("示范县政务服务中心", hallSettings);
    }
}
