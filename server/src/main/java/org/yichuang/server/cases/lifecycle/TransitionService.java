package org.yichuang.server.cases.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseIntakeView;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.IntakeOptions;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.bundle.BundleProgress;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseActor;
import org.yichuang.core.cases.CaseSituation;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.cases.CaseTransitions;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.supervision.AlertPolicy;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.catalog.ItemJson;

/**
 * The case lifecycle (办件流程): reads a case's legal life and moves it along the transition table of core, one
 * transaction per transition — lock the case, check state, role and input, judge its 红黄牌 level with core's
 * {@link AlertPolicy} (as the supervision sweeps do), write the case with its level, then its transition row (with
 * the request's hash and the answer), the audit row and any alert event, commit.
 */
public final class TransitionService {
    private static final Logger LOG = LoggerFactory.getLogger(TransitionService.class);
    private static final int MAX_KEY = 100;
    /** Item versions never change, so their clock facts are kept; bounded for very large catalogs. */
    private static final int MAX_CACHED_ITEMS = 10_000;

    private final Jdbi jdbi;
    private final CaseCalendar calendars;
    private final ItemJson items;
    private final ObjectMapper json;
    private final Clock clock;
    private final LifecycleViews views;
    private final CaseRows rows = new CaseRows();
    private final TransitionStatements statements = new TransitionStatements();
    private final Map<Long, ItemClock> itemClocks = new ConcurrentHashMap<>();
    private final IntakeDecisions intakes;

    private final CaseDocuments documents;
    /**
     * Outcomes that issue documents wait here, not in the database: their numbers are taken one outcome at a time per
     * hall and kind (the counter row stays locked through the renders until the commit), so a burst of them would
     * otherwise hold every pooled connection idle behind that lock and starve every other request (503). Two permits:
     * one outcome renders under the lock while the next prepares its transaction. Fair: counters are served in turn.
     */
    private final Semaphore issuing = new Semaphore(2, true);
    /** Whether this thread holds one of the {@link #issuing} permits already. */
    private final ThreadLocal<Boolean> holdsPermit = ThreadLocal.withInitial(() -> false);

    /** Wires the service without documents (tools and tests that need no PDFs). */
    public TransitionService(Jdbi jdbi, CaseCalendar calendars, ItemJson items, ObjectMapper json, Clock clock) {
        this(jdbi, calendars, items, json, clock, CaseDocuments.NONE);
    }

    /**
     * Wires the service; {@code json} is the API's mapper (stored answers are replayed byte for byte); {@code documents}
     * issues the notices of outcomes in their transaction.
     */
    public TransitionService(Jdbi jdbi, CaseCalendar calendars, ItemJson items, ObjectMapper json, Clock clock,
            CaseDocuments documents) {
        this.documents = documents;
        this.jdbi = jdbi;
        this.calendars = calendars;
        this.items = items;
        this.json = json;
        this.clock = clock;
        this.views = new LifecycleViews(calendars);
        this.intakes = new IntakeDecisions(calendars, items, rows, documents);
    }

    /**
     * Returns the case's legal life as the caller sees it and audits the read.
     *
     * @throws DomainException CASE_NOT_FOUND
     */
    public CaseLifecycleView view(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            LifecycleRow row = rows.find(h, caseNo).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_LIFECYCLE_READ, row.caseNo(),
                    "lifecycle");
            return views.view(h, row, item(h, row), actor(reader), now);
        });
    }

    /**
     * Explains the case's due dates (期限计算说明) and audits the read.
     *
     * @throws DomainException CASE_NOT_FOUND
     */
    public CaseDeadlineExplanations explain(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            LifecycleRow row = rows.find(h, caseNo).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_LIFECYCLE_READ, row.caseNo(),
                    "deadline-explanation");
            var explanations = views.explain(h.attach(LifecycleDao.class), row, item(h, row), now);
            return new CaseDeadlineExplanations(row.caseNo(), explanations, explanations.isEmpty()
                    ? "办件尚未受理（" + row.state().label() + "），没有办结期限；收件不等于受理。" : null);
        });
    }

    /**
     * Makes the transition and returns the case's new view as the API's JSON (written once: it is also the stored
     * answer). The same key and content again answer the stored result; the same key with other content is
     * IDEMPOTENCY_CONFLICT.
     *
     * @throws DomainException CASE_NOT_FOUND, TRANSITION_NOT_ALLOWED, TRANSITION_ROLE_FORBIDDEN,
     *                         CASE_STATE_VERSION_CONFLICT, IDEMPOTENCY_CONFLICT or an input code; nothing changed
     */
    public String transition(Principal staff, String caseNo, CaseTransitionRequest request) {
        checkShape(request);
        return run(staff, caseNo, request.idempotencyKey(), request.expectedStateVersion(), write(withoutKey(request)),
                new Preparation() {
                    @Override
                    public CaseTransitionRequest prepare(Handle h, LifecycleRow row, ItemClock item, Instant now) {
                        // 受理, 补正告知, 不予受理, ... only with a checklist judged by IntakeRules (issue 10): decided
                        // on the locked row already read, so no query is added to the transition
                        if (IntakeOutcome.decidedAtIntake(row.state(), request.action())) {
                            // the table's own refusal first (role, item kind): a supervisor is told it is not theirs
                            CaseTransitions.apply(new CaseSituation(row.state(), item.kind(), row.extensions()),
                                    request.action(), actor(staff)).orThrow(row.state(), request.action());
                            throw new DomainException(ErrorCode.TRANSITION_REQUIRES_INTAKE, "“"
                                    + request.action().label() + "”是收件后的受理结果，须按材料清单登记（POST /api/cases/"
                                    + row.caseNo() + "/intake），由系统判断是否合法。");
                        }
                        return request;
                    }

                    @Override
                    public void written(Handle h, LifecycleRow row, Instant now) {
                    }
                });
    }

    /**
     * Records the intake of a received case (materials checklist and outcome, issue 10): core's IntakeRules decide
     * whether the outcome is lawful, and its transition is made as {@link #transition} makes it, with the intake's
     * rows in the same transaction. Answers the case's new view; idempotent by key like transitions.
     *
     * @throws DomainException an intake code (INTAKE_*), TRANSITION_NOT_ALLOWED, CASE_NOT_FOUND, ...; nothing changed
     */
    public String intake(Principal staff, String caseNo, IntakeSubmission submission) {
        checkKey(submission.idempotencyKey());
        return issuing(() -> run(staff, caseNo, submission.idempotencyKey(), submission.expectedStateVersion(),
                write(submission.withoutKey()), intakes.intake(staff.staffId(), submission)));
    }

    /**
     * Records materials a returning applicant brings (补正/补齐); when none is outstanding any more the case makes its
     * COMPLETE_SUPPLEMENT transition. Answers the case's view.
     *
     * @throws DomainException SUPPLEMENT_NOT_PENDING, INTAKE_CHECKLIST_MISMATCH, INTAKE_MATERIAL_ENTRY_INVALID, ...
     */
    public String supplement(Principal staff, String caseNo, SupplementSubmission submission) {
        checkKey(submission.idempotencyKey());
        return issuing(() -> run(staff, caseNo, submission.idempotencyKey(), submission.expectedStateVersion(),
                write(submission.withoutKey()), intakes.supplement(staff.staffId(), submission)));
    }

    /**
     * Returns the case's recorded intake (for the notices) and audits the read.
     *
     * @throws DomainException CASE_NOT_FOUND (also when no intake was recorded)
     */
    public CaseIntakeView intakeView(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            LifecycleRow row = rows.find(h, caseNo).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_INTAKE, row.caseNo(), "read");
            return intakes.view(h, row);
        });
    }

    /**
     * Returns the intake outcomes lawful now for the checklist so far (the screen's buttons); writes nothing but the
     * audit row of the read.
     *
     * @throws DomainException CASE_NOT_FOUND, TRANSITION_NOT_ALLOWED (a case without item version)
     */
    public IntakeOptions intakeOptions(Principal reader, String caseNo, IntakeSubmission submission) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            LifecycleRow row = rows.find(h, caseNo).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_INTAKE, row.caseNo(), "options");
            return intakes.options(h, row, item(h, row), submission, now);
        });
    }

    /**
     * What a caller deciding the transition inside the case's transaction provides (intake, supplements): the
     * transition for the locked case (null for none: the answer is the case's view), and its own rows.
     */
    interface Preparation {
        /** Judges the locked case; throws a DomainException to refuse (nothing is written). */
        CaseTransitionRequest prepare(Handle h, LifecycleRow row, ItemClock item, Instant now);

        /** Writes the caller's rows after the transition, in the same transaction. */
        void written(Handle h, LifecycleRow row, Instant now);
    }

    /** One transaction: lock, version check, the preparation's transition (if any), its rows; replay on failure. */
    private String run(Principal staff, String caseNo, String key, Integer expectedVersion, String detail,
            Preparation preparation) {
        // PostgreSQL keeps microseconds: a replayed answer must equal the first one
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(caseNo, detail);
        Answer answer;
        try {
            answer = jdbi.inTransaction(h -> {
                // the case lock first: a replay racing its original waits for it, then finds the case moved on
                LifecycleRow row = rows.lock(h, caseNo)
                        .orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
                if (row.bundleParent()) {
                    throw new DomainException(ErrorCode.BUNDLE_PARENT_NO_TRANSITION);
                }
                if (expectedVersion != null && expectedVersion != row.stateVersion()) {
                    throw new DomainException(ErrorCode.CASE_STATE_VERSION_CONFLICT);
                }
                ItemClock item = item(h, row);
                CaseTransitionRequest request = preparation.prepare(h, row, item, now);
                Answer made;
                if (request == null) {
                    CaseLifecycleView view = views.view(h, row, item, actor(staff), now);
                    made = new Answer(view, write(view));
                } else {
                    made = apply(h, row, item, request, detail, actor(staff), staff.staffId(), hash, now);
                }
                preparation.written(h, row, now);
                return made;
            });
        } catch (DomainException | UnableToExecuteStatementException failed) {
            // Nearly every key is new, so the earlier answer is looked for only when a transition fails (one round
            // trip less for the rest): a replay finds its case moved on (refused) or its key taken (the unique index
            // on staff and key, which waits for a racing original to commit). Nothing of the attempt was written;
            // this new transaction sees what the original committed.
            if (failed instanceof UnableToExecuteStatementException e && !keyTaken(e)) {
                throw e;
            }
            answer = jdbi.inTransaction(h -> statements.find(h, staff.staffId(), key)
                    .map(earlier -> replay(h, staff, earlier, hash, now)).orElseThrow(() -> failed));
        }
        LOG.info("case {} -> {}", caseNo, answer.view().state());
        return answer.json();
    }

    private static boolean keyTaken(UnableToExecuteStatementException e) {
        return e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    /** A transition's answer, and the same as the API's JSON. */
    private record Answer(CaseLifecycleView view, String json) {
    }

    /**
     * Deems a received case accepted as of its receipt (视为受理, Art. 32(4)) when its notice period ended before
     * {@code now}; done by the system, audited without staff.
     *
     * @return false when the case was no longer waiting (another transition came first)
     */
    boolean deemAccepted(long caseId, Instant now) {
        return jdbi.inTransaction(h -> {
            LifecycleRow row = rows.lockById(h, caseId).orElse(null);
            if (row == null || (row.state() != CaseState.RECEIVED && row.state() != CaseState.CORRECTED_ON_SPOT)
                    || row.supplementNoticeDueAt() == null || !now.isAfter(row.supplementNoticeDueAt())) {
                return false;
            }
            CaseTransitionRequest deem = CaseTransitionRequest.of(CaseAction.DEEM_ACCEPTED, null);
            apply(h, row, item(h, row), deem, write(deem), CaseActor.system(), null, null, now);
            return true;
        });
    }

    /**
     * Applies the consequence of a supplement not handed in by its due date (RULES.md §2.3, §9 row 12): a 补正 case is
     * deemed withdrawn (视为撤回), a 容缺 case takes the hall's deferralFailurePolicy; done by the system.
     *
     * @return false when the case no longer waits (supplemented or moved on first)
     */
    boolean endOverdueSupplement(long caseId, Instant now) {
        return issuing(() -> jdbi.inTransaction(h -> {
            LifecycleRow row = rows.lockById(h, caseId).orElse(null);
            if (row == null || (row.state() != CaseState.NEEDS_SUPPLEMENT && row.state() != CaseState.ACCEPTED_DEFERRED)
                    || row.supplementCompletedAt() != null || row.supplementDueAt() == null
                    || !now.isAfter(row.supplementDueAt())) {
                return false;
            }
            CaseTransitionRequest end;
            NoticeKind notice;
            if (row.state() == CaseState.NEEDS_SUPPLEMENT) {
                end = CaseTransitionRequest.of(CaseAction.WITHDRAW, null)
                        .withReason("逾期未补正，视为撤回申请（补正期限届满）");
                notice = NoticeKind.WITHDRAWAL;
            } else {
                DeferralFailurePolicy policy = h.attach(IntakeDao.class).hallSettings(row.id()).deferralFailurePolicy();
                end = CaseTransitionRequest.of(policy.action(), null)
                        .withReason("容缺材料逾期未补齐，" + policy.label() + "（补交期限届满）");
                notice = NoticeKind.onDeferralFailure(policy);
            }
            apply(h, row, item(h, row), end, write(end), CaseActor.system(), null, null, now);
            // the consequence is written notice (RULES.md §2.3): issued with it, by the system
            documents.issue(h, row.id(), List.of(notice), null, now);
            return true;
        }));
    }

    /** The documents this service's outcomes issue: a 一件事 application issues its own notice with the same. */
    public CaseDocuments documents() {
        return documents;
    }

    /**
     * Runs an outcome that issues documents once a permit is free (see {@link #issuing}). Re-entrant on one thread: a
     * 一件事 application takes one permit for all its children, because a child waiting for a second permit while its
     * transaction holds the first child's number counters could wait forever on outcomes that wait for those rows.
     */
    public <T> T issuing(java.util.function.Supplier<T> outcome) {
        if (holdsPermit.get()) {
            return outcome.get();
        }
        try {
            issuing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to issue documents", e);
        }
        holdsPermit.set(true);
        try {
            return outcome.get();
        } finally {
            holdsPermit.set(false);
            issuing.release();
        }
    }

    private Answer apply(Handle h, LifecycleRow row, ItemClock item, CaseTransitionRequest request, String detail,
            CaseActor actor, Long staffId, String hash, Instant now) {
        CaseState to = CaseTransitions.apply(new CaseSituation(row.state(), item.kind(), row.extensions()),
                request.action(), actor).orThrow(row.state(), request.action());
        CaseChange change = new CaseChange(row, to);
        new TransitionEffects(h, calendars, row, item, request, staffId, now).apply(change);
        change.alert = new AlertPolicy(row.alertThresholds()).assess(change.alertFacts(now), now, row.zone(),
                calendars.current()::workingDaysBetween);
        boolean moved = change.movedDues();
        if (moved) {
            h.attach(LifecycleDao.class).insertHistory(row.id(), now, row.calendarVersion(), change.calendarVersion,
                    row.legalDueAt(), change.legalDueAt, row.promisedDueAt(), change.promisedDueAt,
                    request.action().label() + (request.reason() == null ? "" : "：" + request.reason().strip()));
        }
        LifecycleRow after = change.after(now, request.action() == CaseAction.START_SPECIAL_PROCEDURE ? 1 : 0,
                request.action() == CaseAction.EXTEND ? 1 : 0, moved);
        CaseLifecycleView view = views.view(h, after, item, actor, now);
        // the view is built from the change in memory, so the case's row is written last, with everything else
        String answer = write(view);
        statements.write(h, change, new TransitionStatements.Entry(request.action().name(), now, staffId,
                request.idempotencyKey(), hash, detail, answer,
                (!actor.isSystem() ? AuditAction.CASE_TRANSITION : request.action() == CaseAction.DEEM_ACCEPTED
                        ? AuditAction.CASE_DEEMED_ACCEPTED : AuditAction.CASE_SUPPLEMENT_OVERDUE).name(),
                request.action() + " " + row.state() + "->" + to));
        if (row.parentCaseId() != null) {
            ParentStates parents = h.attach(ParentStates.class);
            parents.follow(row.parentCaseId(),
                    BundleProgress.parentState(parents.childStates(row.parentCaseId())).name());
        }
        return new Answer(view, answer);
    }

    private Answer replay(Handle h, Principal staff, StoredTransition earlier, String hash, Instant now) {
        if (!earlier.requestHash().equals(hash)) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT, "同一提交编号已用于另一项办件操作，请重新提交。");
        }
        h.attach(AuditDao.class).record(now, staff.staffId(), AuditAction.CASE_TRANSITION_REPEATED,
                earlier.caseNo(), "transition:" + earlier.id());
        try {
            CaseLifecycleView view = json.readValue(earlier.result(), CaseLifecycleView.class);
            return new Answer(view, write(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored transition result unreadable", e);
        }
    }

    /**
     * The clock facts of the case's item version, read and parsed once per version; a 一件事 child runs its bundle's
     * own limit instead of the item's promised limit.
     */
    private ItemClock item(Handle h, LifecycleRow row) {
        ItemClock clock = versionClock(h, row);
        return row.bundleLimit() == null ? clock : clock.withPromised(row.bundleLimit());
    }

    private ItemClock versionClock(Handle h, LifecycleRow row) {
        if (row.itemVersionId() == null) {
            return ItemClock.legacy(row.legacyCaseKind(), row.legacyStatutoryLimit(), row.legacyPromisedLimit());
        }
        ItemClock cached = itemClocks.get(row.itemVersionId());
        if (cached != null) {
            return cached;
        }
        ItemClock parsed = ItemClock.of(items.read(rows.itemVersion(h, row.itemVersionId())));
        if (itemClocks.size() >= MAX_CACHED_ITEMS) {
            itemClocks.clear();
        }
        itemClocks.put(row.itemVersionId(), parsed);
        return parsed;
    }

    private static CaseActor actor(Principal p) {
        return CaseActor.staff(p.staff().roles());
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "缺少提交编号（idempotencyKey）。");
        }
        if (key.length() > MAX_KEY) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "提交编号不能超过" + MAX_KEY + "个字符。");
        }
    }

    private static void checkShape(CaseTransitionRequest r) {
        if (r.action() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请指定办件操作（action）。");
        }
        checkKey(r.idempotencyKey());
        if (r.note() != null && r.note().length() > TransitionEffects.MAX_TEXT) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "备注不能超过" + TransitionEffects.MAX_TEXT + "个字。");
        }
        if (r.approver() != null && r.approver().length() > MAX_KEY) {
            throw new DomainException(ErrorCode.EXTENSION_APPROVER_INVALID);
        }
    }

    private static CaseTransitionRequest withoutKey(CaseTransitionRequest r) {
        return new CaseTransitionRequest(r.action(), null, r.expectedStateVersion(), r.reason(), r.kind(),
                r.startedOn(), r.endedOn(), r.approver(), r.workingDays(), r.supplementDueOn(), r.note());
    }

    /** The content a key stands for: the case and every field but the key ({@code detail}). */
    private static String hash(String caseNo, String detail) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((caseNo + "\n" + detail)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }
}
