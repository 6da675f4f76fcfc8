package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.CaseIntakeView;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.IntakeOptions;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.intake.CollectionMethod;
import org.yichuang.server.cases.status.StatusDao;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.intake.HallIntakeSettings;
import org.yichuang.core.intake.IntakeContext;
import org.yichuang.core.intake.IntakeDecision;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRules;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.intake.OutstandingMaterial;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.catalog.ItemJson;

/**
 * Intake and supplements on the lifecycle (issue 10 items 4, 6): core's {@link IntakeRules} judge the locked case
 * against its item version, the calendar and the hall (never the client's word), the outcome's transition is made by
 * {@link TransitionService}, and the checklist and outcome rows are written in the same transaction.
 */
final class IntakeDecisions {
    private final CaseCalendar calendars;
    private final ItemJson items;
    private final CaseRows rows;
    private final CaseDocuments documents;

    IntakeDecisions(CaseCalendar calendars, ItemJson items, CaseRows rows, CaseDocuments documents) {
        this.calendars = calendars;
        this.items = items;
        this.rows = rows;
        this.documents = documents;
    }

    /** The intake of a received case: judge, then the outcome's transition, then its rows. */
    TransitionService.Preparation intake(long staffId, IntakeSubmission submission) {
        return new TransitionService.Preparation() {
            private IntakeDecision decision;
            private ServiceItem item;
            private List<MaterialRequirement> checklist;
            private CollectionMethod method;

            @Override
            public CaseTransitionRequest prepare(Handle h, LifecycleRow row, ItemClock clock, Instant now) {
                if (row.state() != CaseState.RECEIVED && row.state() != CaseState.CORRECTED_ON_SPOT) {
                    throw new DomainException(ErrorCode.TRANSITION_NOT_ALLOWED,
                            "办件当前为“" + row.state().label() + "”，受理结果已登记，不能再次登记。");
                }
                if (row.itemVersionId() == null) {
                    throw new DomainException(ErrorCode.TRANSITION_NOT_ALLOWED, "本办件没有事项版本，无法按材料目录登记受理结果。");
                }
                item = items.read(rows.itemVersion(h, row.itemVersionId()));
                IntakeContext ctx = context(h, row, clock, item, now);
                checklist = IntakeRules.checklist(item, ctx.agent());
                decision = IntakeRules.decide(ctx, submission.request());
                method = collectionMethod(item, submission.collectionMethod());
                return new CaseTransitionRequest(decision.action(), submission.idempotencyKey(), null,
                        shortened(decision.transitionReason()), null, null, null, null, null,
                        decision.supplementDueOn(), null);
            }

            @Override
            public void written(Handle h, LifecycleRow row, Instant now) {
                IntakeDao dao = h.attach(IntakeDao.class);
                dao.deleteIntake(row.id());
                dao.insertIntake(row.id(), decision.outcome().name(), submission.commitmentSigned(),
                        submission.genuineIntentAsked(), clean(submission.reason()), clean(submission.legalBasis()),
                        clean(submission.competentAuthority()), decision.remedies(), decision.consequence(),
                        clean(submission.correctionNote()), decision.supplementDueOn(), decision.noticeServiceDueOn(),
                        decision.postCheckDueOn(), item.sealOwnerOrDepartment(), now, staffId);
                h.attach(StatusDao.class).setCollectionMethod(row.id(), method.name());
                Map<String, MaterialCheck> byName = submission.materials().stream()
                        .collect(Collectors.toMap(MaterialCheck::name, Function.identity()));
                // the checklist the rules judged: the item version's materials, and the 授权委托书 with an agent
                for (int i = 0; i < checklist.size(); i++) {
                    MaterialCheck c = byName.get(checklist.get(i).name());
                    if (c == null) {
                        continue;   // a refusal without a checklist
                    }
                    boolean in = c.status() == MaterialStatus.RECEIVED;
                    dao.insertMaterial(row.id(), new IntakeDao.MaterialInsert(i, c.name(), c.status().name(),
                            c.channel() == null ? null : c.channel().name(), c.originalVerified(), c.originals(),
                            c.copies(), c.pages(), clean(c.problem()), in ? now : null));
                }
                h.attach(AuditDao.class).record(now, staffId, AuditAction.CASE_INTAKE, row.caseNo(),
                        "intake " + decision.outcome() + " materials=" + byName.size());
                // 收件 is a fact whatever follows: a material handed in (even a defective one) earns its receipt
                boolean received = submission.materials().stream().anyMatch(c -> c.status() == MaterialStatus.RECEIVED
                        || c.status() == MaterialStatus.DEFECTIVE);
                documents.issue(h, row.id(), NoticeKind.issuedOn(decision.outcome(), received), staffId, now);
            }
        };
    }

    /** Materials brought back: recorded; when nothing is outstanding any more the case moves on. */
    TransitionService.Preparation supplement(long staffId, SupplementSubmission submission) {
        return new TransitionService.Preparation() {
            private boolean complete;

            @Override
            public CaseTransitionRequest prepare(Handle h, LifecycleRow row, ItemClock clock, Instant now) {
                if (row.state() != CaseState.NEEDS_SUPPLEMENT && row.state() != CaseState.ACCEPTED_DEFERRED
                        || row.supplementCompletedAt() != null) {
                    throw new DomainException(ErrorCode.SUPPLEMENT_NOT_PENDING,
                            "办件当前为“" + row.state().label() + "”，没有待补交的材料。");
                }
                if (row.supplementDueAt() != null && now.isAfter(row.supplementDueAt())) {
                    throw new DomainException(ErrorCode.SUPPLEMENT_NOT_PENDING, "补交期限已于"
                            + LocalDate.ofInstant(row.supplementDueAt(), row.zone()) + "届满，逾期补交的按大厅规定处理。");
                }
                List<CaseMaterialView> materials = h.attach(IntakeDao.class).materials(row.id());
                List<String> outstanding = materials.stream()
                        .filter(m -> m.status() == MaterialStatus.MISSING || m.status() == MaterialStatus.DEFECTIVE)
                        .map(CaseMaterialView::name).toList();
                // a material already brought back may be named again: a repeated submission changes nothing
                List<String> supplemented = materials.stream().filter(CaseMaterialView::supplemented)
                        .map(CaseMaterialView::name).toList();
                Set<String> brought = checked(submission.materials(), outstanding, supplemented);
                List<String> remaining = outstanding.stream().filter(n -> !brought.contains(n)).toList();
                if (!remaining.isEmpty()) {
                    return null;
                }
                complete = true;
                return new CaseTransitionRequest(CaseAction.COMPLETE_SUPPLEMENT, submission.idempotencyKey(), null,
                        shortened("补交齐全：" + String.join("；", outstanding)), null, null, null, null, null, null,
                        null);
            }

            @Override
            public void written(Handle h, LifecycleRow row, Instant now) {
                IntakeDao dao = h.attach(IntakeDao.class);
                int marked = 0;
                for (MaterialCheck c : submission.materials()) {
                    marked += dao.markSupplemented(row.id(), c.name(), c.channel().name(), c.originalVerified(),
                            c.originals(), c.copies(), c.pages(), now);
                }
                h.attach(AuditDao.class).record(now, staffId, AuditAction.CASE_SUPPLEMENT, row.caseNo(),
                        "supplement materials=" + submission.materials().size());
                if (complete) {
                    IntakeOutcome original = dao.intake(row.id()).map(IntakeRow::outcome)
                            .orElseThrow(() -> new IllegalStateException("supplement without intake"));
                    documents.issue(h, row.id(), NoticeKind.issuedOnSupplementComplete(original), staffId, now);
                } else if (marked > 0) {
                    // 收件 is a fact (a repeated partial submission marks nothing and earns nothing): what came back earns its receipt even while more is outstanding
                    documents.issue(h, row.id(), List.of(NoticeKind.MATERIAL_RECEIPT), staffId, now);
                }
            }
        };
    }

    /** The 领取方式 chosen, or the item's first allowed one; one the item does not allow is refused. */
    private static CollectionMethod collectionMethod(ServiceItem item, CollectionMethod chosen) {
        List<CollectionMethod> allowed = CollectionMethod.allowedFor(item);
        if (chosen == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(chosen)) {
            throw new DomainException(ErrorCode.COLLECTION_METHOD_NOT_ALLOWED, "该事项不提供“" + chosen.label()
                    + "”，可选：" + allowed.stream().map(CollectionMethod::label).collect(Collectors.joining("、")) + "。");
        }
        return chosen;
    }

    /** Each line names an outstanding material once, received with its channel and counts. */
    private static Set<String> checked(List<MaterialCheck> lines, List<String> outstanding,
            List<String> supplemented) {
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "请登记申请人补交的材料。");
        }
        Set<String> seen = new HashSet<>();
        for (MaterialCheck c : lines) {
            String name = c == null ? null : c.name();
            if (name == null || !outstanding.contains(name) && !supplemented.contains(name)) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "材料“" + name
                        + "”不是本办件待补交的材料（待补交：" + String.join("、", outstanding) + "）。");
            }
            if (!seen.add(name)) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "材料“" + name + "”登记了两次。");
            }
            if (c.status() != MaterialStatus.RECEIVED || c.channel() == null) {
                throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID,
                        "补交的材料“" + name + "”须登记为已收取，并选择收取方式（纸质、共享获取或电子）。");
            }
            if (c.originals() < 0 || c.copies() < 0 || c.pages() < 0) {
                throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID,
                        "材料“" + name + "”的份数和页数不能为负数。");
            }
        }
        return seen;
    }

    /** The outcomes lawful now for the checklist so far (no writes). */
    IntakeOptions options(Handle h, LifecycleRow row, ItemClock clock, IntakeSubmission submission, Instant now) {
        if (row.itemVersionId() == null) {
            throw new DomainException(ErrorCode.TRANSITION_NOT_ALLOWED, "本办件没有事项版本，无法按材料目录登记受理结果。");
        }
        IntakeContext ctx = context(h, row, clock, items.read(rows.itemVersion(h, row.itemVersionId())), now);
        boolean open = row.state() == CaseState.RECEIVED || row.state() == CaseState.CORRECTED_ON_SPOT;
        return new IntakeOptions(row.caseNo(), open ? IntakeRules.offered(ctx, submission.materials(),
                submission.commitmentSigned(), submission.genuineIntentAsked()) : List.of(), ctx.promisedDueOn(),
                ctx.calendar().plusWorkingDays(row.receivedOn(), IntakeRules.NOTICE_WORKING_DAYS),
                ctx.hall().remediesConfigured(), ctx.hall().deferralFailurePolicy(),
                IntakeRules.checklist(ctx.item(), ctx.agent()), IntakeRules.latestDeferralDue(ctx, submission.materials()),
                open ? IntakeRules.refused(ctx, submission.materials(), submission.commitmentSigned(),
                        submission.genuineIntentAsked()) : List.of());
    }

    /** The facts the rules judge a case by: its item version, the calendar, today, the hall and its agent. */
    private IntakeContext context(Handle h, LifecycleRow row, ItemClock clock, ServiceItem item, Instant now) {
        IntakeDao dao = h.attach(IntakeDao.class);
        HallIntakeSettings hall = dao.hallSettings(row.id());
        LocalDate today = LocalDate.ofInstant(now, row.zone());
        CaseClocks clocks = new CaseClocks(calendars.current(), row.clockSettings(), row.zone());
        LocalDate promised = clocks.dues(now, clock, List.of(), List.of(), today).promised().dueDate();
        return new IntakeContext(item, row.receivedOn(), today, promised, calendars.current(), hall,
                dao.hasAgent(row.id()));
    }

    /** The case's recorded intake, for the notices. */
    CaseIntakeView view(Handle h, LifecycleRow row) {
        IntakeDao dao = h.attach(IntakeDao.class);
        IntakeRow intake = dao.intake(row.id()).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND,
                "该办件尚未登记受理结果。"));
        List<CaseMaterialView> materials = dao.materials(row.id());
        List<OutstandingMaterial> outstanding = new ArrayList<>();
        for (CaseMaterialView m : materials) {
            if (m.status() == MaterialStatus.MISSING || m.status() == MaterialStatus.DEFECTIVE) {
                outstanding.add(new OutstandingMaterial(m.name(), m.status(), m.problem()));
            }
        }
        return new CaseIntakeView(row.caseNo(), intake.outcome(), materials, outstanding, intake.commitmentSigned(),
                intake.genuineIntentAsked(), intake.reason(), intake.legalBasis(), intake.competentAuthority(),
                intake.remedies(), intake.consequence(), intake.correctionNote(), intake.supplementDueOn(),
                intake.noticeServiceDueOn(), intake.postCheckDueOn(), intake.sealOwner(), intake.decidedAt());
    }

    /** The lifecycle keeps reasons to its own limit; the full text is in the intake's rows. */
    private static String shortened(String reason) {
        if (reason == null || reason.length() <= TransitionEffects.MAX_TEXT) {
            return reason;
        }
        return reason.substring(0, TransitionEffects.MAX_TEXT - 1) + "…";
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
