package org.yichuang.server.cases.bundle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.BundleCaseView;
import org.yichuang.core.api.IntakeOptions;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.intake.OutcomeRefusal;
import org.yichuang.core.bundle.BundleChecklist;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.cases.lifecycle.CaseDocuments;
import org.yichuang.server.cases.lifecycle.IntakeDao;
import org.yichuang.core.intake.CollectionMethod;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.server.cases.lifecycle.TransitionService;
import org.yichuang.server.catalog.ItemJson;

/**
 * The intake of a 一件事 application at the counter ({@code POST /api/cases/{parent}/intake}): one merged checklist
 * and one outcome, mapped onto the children by core {@link BundleChecklist} and recorded as each child's own intake
 * (core IntakeRules, transitions, checklist rows) — all in ONE transaction: a child refused refuses the application.
 *
 * <p>Each child's intake runs under the derived key {@code <key>/<position>}, so the same application key again
 * replays every child's stored answer; the same key with other content is IDEMPOTENCY_CONFLICT. The answer is the
 * application's view (the parent's state derived from the children).
 */
public final class BundleIntakeService {
    /** Leaves room for the derived child keys within the 100 characters a key may have. */
    static final int MAX_KEY = 90;

    private final Jdbi jdbi;
    private final TransitionService transitions;
    private final ItemJson items;
    private final Clock clock;
    private final CaseDocuments documents;

    /** Wires the service without the application's own notice (tools and tests that need no PDFs). */
    public BundleIntakeService(Jdbi jdbi, TransitionService transitions, ItemJson items, Clock clock) {
        this(jdbi, transitions, items, clock, CaseDocuments.NONE);
    }

    /** Wires the service; {@code documents} issues the ONE notice of the application with its parent case. */
    public BundleIntakeService(Jdbi jdbi, TransitionService transitions, ItemJson items, Clock clock,
            CaseDocuments documents) {
        this.jdbi = jdbi;
        this.transitions = transitions;
        this.items = items;
        this.clock = clock;
        this.documents = documents;
    }

    /** Whether the number is a 一件事 application's parent case. */
    public boolean isParent(String caseNo) {
        return jdbi.withExtension(BundleCaseDao.class, d -> d.findParentId(caseNo))
                .flatMap(id -> jdbi.withExtension(BundleCaseDao.class, d -> d.members(id)).stream().findFirst())
                .filter(p -> p.caseNo().equals(caseNo)).isPresent();
    }

    /**
     * The outcomes lawful now for the application's merged checklist ({@code POST /api/cases/{parent}/intake/options}):
     * an outcome is offered when every child, given its share of the checklist (core {@link BundleChecklist#split},
     * a complete child accepted under 容缺 or 一次性告知), would be offered its own. The checklist answered is the
     * merged list (一表申报, with the 授权委托书 once when an agent applies); the dates are the strictest children's.
     *
     * @throws DomainException BUNDLE_CASE_NOT_PARENT, BUNDLE_INTAKE_CHECKLIST_MISMATCH
     */
    public IntakeOptions options(Principal staff, String caseNo, IntakeSubmission submission) {
        long parentId = jdbi.withExtension(BundleCaseDao.class, d -> d.findParentId(caseNo))
                .orElseThrow(() -> new DomainException(ErrorCode.BUNDLE_CASE_NOT_PARENT));
        List<BundleMemberRow> rows = jdbi.withExtension(BundleCaseDao.class, d -> d.members(parentId));
        boolean agent = jdbi.withExtension(IntakeDao.class, d -> d.hasAgent(parentId));
        List<ServiceItem> members = BundleChecklist.asChecked(jdbi.withExtension(BundleCaseDao.class,
                d -> d.memberItems(parentId)).stream().map(items::read).toList(), agent);
        List<MaterialRequirement> merged = BundleChecklist.merged(members).stream().map(MergedMaterial::material)
                .toList();
        List<MaterialCheck> lines = submission.materials();
        List<IntakeOptions> children = new ArrayList<>();
        List<BundleChecklist.ChildIntake> shares = lines.isEmpty() ? null
                : BundleChecklist.split(members, IntakeOutcome.ACCEPT, lines);
        for (int k = 0; k < members.size(); k++) {
            List<MaterialCheck> own = shares == null ? List.of() : shares.get(k).materials();
            children.add(transitions.intakeOptions(staff, rows.get(k + 1).caseNo(), new IntakeSubmission(null, null,
                    null, own, submission.commitmentSigned(), submission.genuineIntentAsked(), null, null, null, null,
                    null)));
        }
        List<IntakeOutcome> offered = new ArrayList<>();
        List<OutcomeRefusal> refused = new ArrayList<>();
        for (IntakeOutcome o : IntakeOutcome.values()) {
            if (shares == null && !o.refusal()) {
                continue;
            }
            List<BundleChecklist.ChildIntake> split;
            try {
                split = shares == null ? null : BundleChecklist.split(members, o, lines);
            } catch (DomainException refusedWhole) {
                refused.add(new OutcomeRefusal(o, refusedWhole.code(), refusedWhole.getMessage()));
                continue;
            }
            boolean all = true;
            for (int k = 0; k < children.size() && all; k++) {
                all = children.get(k).offered().contains(split == null ? o : split.get(k).outcome());
            }
            if (all) {
                offered.add(o);
            } else if (split != null) {
                refused.add(refusal(o, split, children, members));
            }
        }
        IntakeOptions first = children.get(0);
        return new IntakeOptions(caseNo, offered,
                children.stream().map(IntakeOptions::promisedDueOn).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null),
                children.stream().map(IntakeOptions::noticeServiceDueOn).filter(java.util.Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null),
                children.stream().allMatch(IntakeOptions::remediesConfigured), first.deferralFailurePolicy(), merged,
                children.stream().map(IntakeOptions::latestDeferralDueOn).filter(java.util.Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null), refused);
    }

    /** Why the application may not have {@code o}: the first child refusing its share, named as intake() names it. */
    private static OutcomeRefusal refusal(IntakeOutcome o, List<BundleChecklist.ChildIntake> split,
            List<IntakeOptions> children, List<ServiceItem> members) {
        for (int k = 0; k < children.size(); k++) {
            OutcomeRefusal own = children.get(k).refusal(split.get(k).outcome());
            if (own != null) {
                return new OutcomeRefusal(o, own.code(), "“" + members.get(k).name() + "”：" + own.message());
            }
        }
        return new OutcomeRefusal(o, ErrorCode.TRANSITION_NOT_ALLOWED, "本一件事目前不能按“" + o.label() + "”登记。");
    }

    /**
     * Records the application's intake on every child and answers the application's view.
     *
     * @throws DomainException BUNDLE_CASE_NOT_PARENT, FIELD_REQUIRED/FIELD_TOO_LONG (key),
     *                         BUNDLE_INTAKE_CHECKLIST_MISMATCH, or any child's intake code (its message names the
     *                         child's item); nothing is changed
     */
    public BundleCaseView intake(Principal staff, String caseNo, IntakeSubmission submission) {
        String key = submission.idempotencyKey();
        if (key == null || key.isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "缺少提交编号（idempotencyKey）。");
        }
        if (key.length() > MAX_KEY) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "一件事的提交编号不能超过" + MAX_KEY + "个字符。");
        }
        Instant now = clock.instant();
        // the children's intakes join this transaction (Jdbi reuses the thread's handle and its transaction), and
        // the whole application issues its documents under one permit (TransitionService#issuing)
        return transitions.issuing(() -> jdbi.inTransaction(h -> {
            BundleCaseDao dao = h.attach(BundleCaseDao.class);
            long parentId = dao.lockChildren(caseNo).stream().findFirst().orElseThrow(() -> new DomainException(
                    ErrorCode.BUNDLE_CASE_NOT_PARENT));
            List<BundleMemberRow> rows = dao.members(parentId);
            // with an agent (代理人) each child's checklist holds the 授权委托书: the merged list asks for it once
            List<ServiceItem> members = BundleChecklist.asChecked(dao.memberItems(parentId).stream()
                    .map(items::read).toList(), h.attach(IntakeDao.class).hasAgent(parentId));
            List<BundleChecklist.ChildIntake> split = BundleChecklist.split(members,
                    submission.outcome(), submission.materials());
            long before = dao.childVersions(parentId);
            for (int k = 0; k < split.size(); k++) {
                BundleMemberRow child = rows.get(k + 1);
                BundleChecklist.ChildIntake share = split.get(k);
                // the 领取方式 chosen for the application is every member's, unless its item does not offer it
                IntakeSubmission own = new IntakeSubmission(key + "/" + child.bundlePosition(), null,
                        share.outcome(), share.materials(), submission.commitmentSigned(),
                        submission.genuineIntentAsked(), submission.reason(), submission.legalBasis(),
                        submission.competentAuthority(), submission.supplementDueOn(), submission.correctionNote(),
                        CollectionMethod.forMember(members.get(k), submission.collectionMethod()));
                try {
                    transitions.intake(staff, child.caseNo(), own);
                } catch (DomainException e) {
                    // say which member refused: the clerk decided for the application, not for this child
                    throw new DomainException(e.code(), "“" + members.get(k).name() + "”：" + e.getMessage(),
                            e.problems());
                }
            }
            if (dao.childVersions(parentId) != before) {
                // the applicant applied once: ONE notice for the application, with the parent (issue 10 item 7);
                // a replay moved no child and issues nothing again
                boolean received = submission.materials().stream().anyMatch(c -> c.status()
                        == MaterialStatus.RECEIVED || c.status() == MaterialStatus.DEFECTIVE);
                documents.issueBundle(h, parentId, NoticeKind.issuedOn(submission.outcome(), received),
                        staff.staffId(), now);
            }
            h.attach(AuditDao.class).record(now, staff.staffId(), AuditAction.CASE_INTAKE, caseNo,
                    "bundle:" + rows.get(0).bundleCode() + " outcome:" + submission.outcome());
            return BundleCaseService.view(h, dao.members(parentId));
        }));
    }
}
