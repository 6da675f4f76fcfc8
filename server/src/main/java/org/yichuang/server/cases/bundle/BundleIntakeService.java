package org.yichuang.server.cases.bundle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.BundleCaseView;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.bundle.BundleChecklist;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
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

    /** Wires the service. */
    public BundleIntakeService(Jdbi jdbi, TransitionService transitions, ItemJson items, Clock clock) {
        this.jdbi = jdbi;
        this.transitions = transitions;
        this.items = items;
        this.clock = clock;
    }

    /** Whether the number is a 一件事 application's parent case. */
    public boolean isParent(String caseNo) {
        return jdbi.withExtension(BundleCaseDao.class, d -> d.findParentId(caseNo))
                .flatMap(id -> jdbi.withExtension(BundleCaseDao.class, d -> d.members(id)).stream().findFirst())
                .filter(p -> p.caseNo().equals(caseNo)).isPresent();
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
            List<ServiceItem> members = dao.memberItems(parentId).stream().map(items::read).toList();
            List<BundleChecklist.ChildIntake> split = BundleChecklist.split(members,
                    submission.outcome(), submission.materials());
            for (int k = 0; k < split.size(); k++) {
                BundleMemberRow child = rows.get(k + 1);
                BundleChecklist.ChildIntake share = split.get(k);
                IntakeSubmission own = new IntakeSubmission(key + "/" + child.bundlePosition(), null,
                        share.outcome(), share.materials(), submission.commitmentSigned(),
                        submission.genuineIntentAsked(), submission.reason(), submission.legalBasis(),
                        submission.competentAuthority(), submission.supplementDueOn(), submission.correctionNote());
                try {
                    transitions.intake(staff, child.caseNo(), own);
                } catch (DomainException e) {
                    // say which member refused: the clerk decided for the application, not for this child
                    throw new DomainException(e.code(), "“" + members.get(k).name() + "”：" + e.getMessage(),
                            e.problems());
                }
            }
            h.attach(AuditDao.class).record(now, staff.staffId(), AuditAction.CASE_INTAKE, caseNo,
                    "bundle:" + rows.get(0).bundleCode() + " outcome:" + submission.outcome());
            return BundleCaseService.view(h, dao.members(parentId));
        }));
    }
}
