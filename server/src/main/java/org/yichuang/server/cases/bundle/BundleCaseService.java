package org.yichuang.server.cases.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.api.BundleCaseReceipt;
import org.yichuang.core.api.BundleCaseView;
import org.yichuang.core.api.BundleChildReceipt;
import org.yichuang.core.api.NewBundleCase;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.bundle.BundleProgress;
import org.yichuang.core.bundle.BundleSchedule;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.person.Agent;
import org.yichuang.core.person.Applicant;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.cases.CaseCreation;
import org.yichuang.server.cases.CaseDao;
import org.yichuang.server.cases.NewCaseValidator;
import org.yichuang.server.cases.ReceiptRow;
import org.yichuang.server.cases.ValidCase;
import org.yichuang.server.cases.lifecycle.CaseCalendar;
import org.yichuang.server.catalog.BundleDao;
import org.yichuang.server.catalog.BundleRow;
import org.yichuang.server.catalog.CatalogService;
import org.yichuang.server.catalog.InForceRow;

/**
 * Receives 一件事 applications: one parent case and one child case per member item, in ONE transaction, under one
 * idempotency key; every case is audited with the applicant's person. Due dates follow core {@link BundleSchedule}
 * from the receipt; the bundle's own limit (when it has one) is kept on every child and replaces the item's promised
 * limit when the child is accepted.
 */
public final class BundleCaseService {
    private static final Logger LOG = LoggerFactory.getLogger(BundleCaseService.class);
    private static final int MAX_DAILY_SEQUENCE = 9999;
    private static final int MAX_DAILY_APPLICATIONS = 99999;
    /** 一件事 (yī jiàn shì): the prefix of an application's number. */
    static final String PARENT_PREFIX = "YJS";

    private final Jdbi jdbi;
    private final CatalogService catalog;
    private final CaseCreation creation;
    private final CaseCalendar calendar;
    private final Clock clock;

    /** Wires the service. */
    public BundleCaseService(Jdbi jdbi, CatalogService catalog, NewCaseValidator validator, CaseCalendar calendar,
            Clock clock) {
        this.jdbi = jdbi;
        this.catalog = catalog;
        this.creation = new CaseCreation(validator, calendar, clock);
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The receipt and whether this call created the application (false: the same key and content before). */
    public record Outcome(BundleCaseReceipt receipt, boolean created) {
    }

    /**
     * Validates and stores the application at the caller's counter.
     *
     * @throws DomainException COUNTER_REQUIRED, FIELD_REQUIRED, an applicant code, BUNDLE_CASE_BUNDLE_UNKNOWN,
     *                         BUNDLE_CASE_MEMBER_NOT_IN_FORCE, CASE_TICKET_NOT_AT_COUNTER or IDEMPOTENCY_CONFLICT;
     *                         nothing is stored
     */
    public Outcome create(Principal clerk, NewBundleCase request) {
        if (clerk.counterId() == null) {
            throw new DomainException(ErrorCode.COUNTER_REQUIRED);
        }
        if (request == null || request.bundleCode() == null || request.bundleCode().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择要办理的一件事（bundleCode）。");
        }
        String bundleCode = request.bundleCode().strip();
        // the applicant and key are checked as for a single case; the item code only stands in for the bundle
        CaseCreation.Start start = creation.start(clerk, new NewCase(request.idempotencyKey(), bundleCode,
                request.applicant(), request.remarks()));
        ValidCase valid = start.valid();
        String hash = sha256("bundle\u001f" + valid.contentHash());
        Outcome outcome = jdbi.inTransaction(h -> store(h, clerk, bundleCode, valid, hash, request.ticketId(),
                start.now(), start.day()));
        LOG.info("bundle application {} {} at counter {}", outcome.receipt().parentCaseNo(),
                outcome.created() ? "created" : "repeated", clerk.counter().number());
        return outcome;
    }

    private Outcome store(Handle h, Principal clerk, String bundleCode, ValidCase valid, String hash, Long ticketId,
            Instant now, LocalDate day) {
        long staffId = clerk.staffId();
        long counterId = clerk.counterId();
        java.util.Optional<Long> earlier = creation.claim(h, clerk, valid.idempotencyKey(), hash, now);
        if (earlier.isPresent()) {
            BundleCaseReceipt receipt = receipt(h, earlier.get(), clerk.hallZone());
            h.attach(AuditDao.class).record(now, staffId, AuditAction.BUNDLE_CASE_REPEATED, receipt.parentCaseNo(),
                    null);
            return new Outcome(receipt, false);
        }
        ServiceBundle bundle = h.attach(BundleDao.class).find(bundleCode).map(BundleRow::bundle)
                .orElseThrow(() -> new DomainException(ErrorCode.BUNDLE_CASE_BUNDLE_UNKNOWN,
                        "一件事“" + bundleCode + "”不存在。"));
        List<InForceRow> members = new ArrayList<>();
        for (String code : bundle.itemCodes()) {
            try {
                members.add(catalog.require(h, code, now));
            } catch (DomainException e) {
                if (e.code() != ErrorCode.ITEM_NOT_FOUND) {
                    throw e;
                }
                throw new DomainException(ErrorCode.BUNDLE_CASE_MEMBER_NOT_IN_FORCE, "一件事“" + bundle.name()
                        + "”中的事项（实施编码 " + code + "）当前没有生效版本，不能受理；请联系管理员。");
            }
        }
        if (members.isEmpty()) {
            throw new DomainException(ErrorCode.BUNDLE_CASE_MEMBER_NOT_IN_FORCE, "一件事“" + bundle.name() + "”没有事项。");
        }
        BundleCaseDao dao = h.attach(BundleCaseDao.class);
        ZoneId zone = clerk.hallZone();
        WorkCalendar work = calendar.current();
        DeadlineCalculator calculator = new DeadlineCalculator(work, dao.hallClock(counterId).settings());
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle,
                members.stream().map(InForceRow::promisedLimit).toList(), LocalDateTime.ofInstant(now, zone),
                calculator);
        creation.lockTicket(h, clerk, ticketId);
        LocalDate noticeDueOn = creation.noticeDueOn(day);
        Applicant applicant = valid.applicant();
        long personId = creation.applicant(h, valid, now);
        // the agent (代理人) and legal representative go on every case: each child's intake checks the 授权委托书
        Agent agent = applicant.agent();
        CaseParties parties = new CaseParties(applicant.legalRepresentative(), agent == null ? null : agent.name(),
                agent == null ? null : agent.document().type().name(), agent == null ? null : agent.document().value(),
                agent == null ? null : agent.phone().value(), valid.representativeDocumentType(),
                valid.representativeDocumentNumber());
        TimeLimit own = bundle.promisedLimit();
        Integer limitValue = own == null ? null : own.value();
        String limitUnit = own == null ? null : own.unit().name();
        Set<String> departments = new LinkedHashSet<>();
        members.forEach(m -> departments.add(m.department()));
        InForceRow lead = members.get(0);
        long parentId = dao.insertParent(PARENT_PREFIX + day.format(DateTimeFormatter.BASIC_ISO_DATE),
                MAX_DAILY_APPLICATIONS, day, lead.itemId(), lead.versionId(), personId, valid.name(), valid.phone(),
                valid.remarks(), counterId, staffId, now, String.join("、", departments), bundle.code(), bundle.name(),
                bundle.runMode().name(), limitValue, limitUnit, plan.parentDue().dueAt().atZone(zone).toInstant(),
                plan.parentDue().dueDate(), parties)
                .orElseThrow(() -> new IllegalStateException("daily 一件事 sequence exhausted"));
        List<String> subjects = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            InForceRow item = members.get(k);
            BundleSchedule.ChildPlan child = plan.children().get(k);
            String caseNo = dao.insertChild(item.implementationCode() + day.format(DateTimeFormatter.BASIC_ISO_DATE),
                    MAX_DAILY_SEQUENCE, day, item.itemId(), item.versionId(), personId, valid.name(), valid.phone(),
                    valid.remarks(), counterId, staffId, now, item.department(), noticeDueOn, parentId, bundle.code(),
                    bundle.name(), k, bundle.runMode().name(), limitValue, limitUnit,
                    child.start().atZone(zone).toInstant(), child.due().dueAt().atZone(zone).toInstant(),
                    child.due().dueDate(), parties)
                    .orElseThrow(() -> new IllegalStateException("daily case sequence exhausted for item "
                            + item.itemId()));
            // the ticket brought the whole application: each department's case knows it and its wait
            creation.linkTicket(h, caseNo, ticketId);
            subjects.add(caseNo);
            details.add("person:" + personId + " parent:" + parentId);
        }
        dao.linkKey(staffId, counterId, valid.idempotencyKey(), parentId);
        String parentNo = rowsParentNo(h, parentId);
        creation.linkTicket(h, parentNo, ticketId);
        BundleCaseReceipt receipt = receipt(h, parentId, zone);
        subjects.add(0, receipt.parentCaseNo());
        details.add(0, "person:" + personId + " bundle:" + bundle.code() + " children:" + members.size());
        h.attach(AuditDao.class).insertAll(now, staffId, AuditAction.BUNDLE_CASE_CREATED.name(), subjects, details);
        return new Outcome(receipt, true);
    }

    /** The receipt as stored: the same for the first answer and every replay. */
    private BundleCaseReceipt receipt(Handle h, long parentId, ZoneId zone) {
        List<BundleMemberRow> rows = h.attach(BundleCaseDao.class).members(parentId);
        CaseDao cases = h.attach(CaseDao.class);
        BundleMemberRow parent = rows.get(0);
        ReceiptRow p = cases.findReceipt(parent.id()).orElseThrow();
        WorkCalendar work = calendar.current();
        List<BundleChildReceipt> children = new ArrayList<>();
        for (BundleMemberRow c : rows.subList(1, rows.size())) {
            ReceiptRow r = cases.findReceipt(c.id()).orElseThrow();
            TimeLimit limit = c.bundleLimit() != null ? c.bundleLimit() : r.receipt().promisedLimit();
            LocalDate start = c.bundleStartAt().atZone(zone).toLocalDate();
            children.add(new BundleChildReceipt(c.bundlePosition(), c.caseNo(), r.itemCode(), r.itemName(),
                    r.department(), limit, c.bundleStartAt(), c.bundleDueOn(), c.bundleDueAt(),
                    work.anyProvisional(start, c.bundleDueOn())));
        }
        var pr = p.receipt();
        return new BundleCaseReceipt(parent.caseNo(), parent.bundleCode(), parent.bundleName(),
                parent.bundleRunMode(), parent.bundleLimit(), parent.bundleDueOn(), parent.bundleDueAt(),
                pr.applicantName(), pr.applicantIdNumberMasked(), pr.receivedAt(), pr.counterNo(), pr.counterName(),
                pr.hallName(), pr.staffName(), children, pr.ticketNumber(), pr.ticketWaitSeconds());
    }

    private static String rowsParentNo(Handle h, long parentId) {
        return h.attach(BundleCaseDao.class).members(parentId).get(0).caseNo();
    }

    /**
     * Returns the application a parent's (or a child's) number belongs to, the parent's state derived from its
     * children, and audits the read.
     *
     * @throws DomainException CASE_NOT_FOUND when the number is no case of a 一件事 application
     */
    public BundleCaseView view(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            long parentId = h.attach(BundleCaseDao.class).findParentId(caseNo)
                    .orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            List<BundleMemberRow> rows = h.attach(BundleCaseDao.class).members(parentId);
            BundleMemberRow parent = rows.get(0);
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.BUNDLE_CASE_READ, parent.caseNo(),
                    null);
            return view(h, rows);
        });
    }

    static BundleCaseView view(Handle h, List<BundleMemberRow> rows) {
        BundleMemberRow parent = rows.get(0);
        CaseDao cases = h.attach(CaseDao.class);
        List<BundleCaseView.Child> children = new ArrayList<>();
        List<CaseState> states = new ArrayList<>();
        for (BundleMemberRow c : rows.subList(1, rows.size())) {
            ReceiptRow r = cases.findReceipt(c.id()).orElseThrow();
            children.add(new BundleCaseView.Child(c.bundlePosition(), c.caseNo(), r.itemName(), c.department(),
                    c.state(), c.state().label(), c.bundleDueAt(), c.promisedDueAt(), c.legalDueAt()));
            states.add(c.state());
        }
        CaseState state = BundleProgress.parentState(states);
        return new BundleCaseView(parent.caseNo(), parent.bundleCode(), parent.bundleName(), state, state.label(),
                parent.bundleDueAt(), children);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
