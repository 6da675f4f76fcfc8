package org.yichuang.core.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.intake.IntakeOutcome;

/**
 * Every document (文书) the counter issues on intake and on what follows it (RULES.md §1.2, §2, §3), with its title
 * and the rule of which documents an outcome issues. The rule lives here once: the server issues exactly these, the
 * client shows the same list.
 *
 * <p>Wording rule (issue 10 item 8): only kinds with {@link #accepts()} may say the application was accepted (受理).
 */
public enum NoticeKind {
    /** 材料接收凭证: what was handed in and when (GB/T 39046 表5); issued whenever materials were received. */
    MATERIAL_RECEIPT("材料接收凭证", false, false, true, 1),
    /** 受理通知书 (Art. 32(5), 32 last paragraph: sealed and dated). */
    ACCEPTANCE("受理通知书", true, false, true, 1),
    /** 容缺受理通知书 (RULES.md §2.2): missing secondary materials, 补齐期限, consequence. */
    DEFERRED_ACCEPTANCE("容缺受理通知书", true, false, true, 1),
    /** 容缺受理承诺书: the applicant's signed promise, one copy for the applicant and one for the hall. */
    DEFERRAL_PLEDGE("容缺受理承诺书", false, false, false, 2),
    /** 补正材料一次性告知书 (一次性告知书, Art. 32(4)): every material to supplement at once, with the due date. */
    SUPPLEMENT_NOTICE("补正材料一次性告知书", false, false, true, 1),
    /** 不需取得许可告知书 (Art. 32(1)): 即时告知不受理. */
    NOT_REQUIRED("不需取得行政许可告知书", false, true, false, 1),
    /** 不予受理通知书 (Art. 32(2)): reasons, basis, the competent authority and the remedies (§3.3). */
    NOT_COMPETENT("不予受理通知书", false, true, false, 1),
    /** 准予许可决定书 of a 即办件 decided on the spot (Art. 34); no 受理 document is needed (安阳 36). */
    APPROVAL_ON_SPOT("当场准予许可决定书", false, false, false, 1),
    /** 不予许可决定书 of a 即办件 refused on the spot: reasons and remedies (Art. 38(2)). */
    REFUSAL_ON_SPOT("当场不予许可决定书", false, true, false, 1),
    /** 告知承诺书 (RULES.md §2.4): the hall's notice of the conditions and the applicant's promise, two copies. */
    COMMITMENT_PLEDGE("告知承诺书", false, false, false, 2),
    /** 告知承诺审批决定书: decided on the promise, with the post-check due date (§2.4). */
    COMMITMENT_DECISION("告知承诺审批决定书", false, false, false, 1),
    /** 材料补齐通知书: the deferred (容缺) materials are all in; the result may now be issued. */
    SUPPLEMENT_COMPLETE("材料补齐通知书", true, false, true, 1),
    /** 视为撤回申请通知书: a deferred supplement missed under {@link DeferralFailurePolicy#WITHDRAWN} (安阳 24). */
    WITHDRAWAL("视为撤回申请通知书", false, true, false, 1),
    /** 撤销受理决定书 with reasons: {@link DeferralFailurePolicy#ACCEPTANCE_REVOKED} (浙江 11). */
    ACCEPTANCE_REVOCATION("撤销受理决定书", false, true, false, 1),
    /** 终止办理通知书: {@link DeferralFailurePolicy#TERMINATED}. */
    TERMINATION("终止办理通知书", false, true, false, 1);

    private static final Set<Paper> BOTH = Set.of(Paper.A4, Paper.RECEIPT_80MM);
    private static final Set<Paper> A4_ONLY = Set.of(Paper.A4);

    private final String title;
    private final boolean accepts;
    private final boolean remedies;
    private final boolean slip;
    private final int counterparts;

    NoticeKind(String title, boolean accepts, boolean remedies, boolean slip, int counterparts) {
        this.title = title;
        this.accepts = accepts;
        this.remedies = remedies;
        this.slip = slip;
        this.counterparts = counterparts;
    }

    /** Returns the Chinese title printed on the document, e.g. 受理通知书. */
    public String title() {
        return title;
    }

    /**
     * Returns true when the document states that the application is (or stays) accepted; no other document may
     * contain 予以受理.
     */
    public boolean accepts() {
        return accepts;
    }

    /**
     * Returns true for an adverse decision that must name the remedies (复议机关 with 60 days, 法院 with 6 months,
     * RULES.md §3.3): without them the applicant's period runs up to a year.
     */
    public boolean remedies() {
        return remedies;
    }

    /** Returns the papers it can be printed on: A4 always; the 80 mm slip for the short receipts and notices. */
    public Set<Paper> papers() {
        return slip ? BOTH : A4_ONLY;
    }

    /**
     * Returns how many signed counterparts are printed (一式两份: the applicant's and the hall's); the renderer prints
     * one page per counterpart, each naming who keeps it.
     */
    public int counterparts() {
        return counterparts;
    }

    /** Returns who keeps counterpart {@code index} (0-based): 申请人留存, 窗口留存. */
    public String counterpartHolder(int index) {
        Objects.checkIndex(index, counterparts);
        return index == 0 ? "申请人留存" : "窗口留存";
    }

    /**
     * Returns the documents an intake outcome issues when materials were received, in printing order; see
     * {@link #issuedOn(IntakeOutcome, boolean)}.
     */
    public static List<NoticeKind> issuedOn(IntakeOutcome outcome) {
        return issuedOn(outcome, true);
    }

    /**
     * Returns the documents an intake outcome issues, in printing order. Every outcome issues the 材料接收凭证 when
     * materials were received (收件 is a fact whatever follows); a 即办件 decided on the spot needs no 受理 document
     * (安阳 36); 告知承诺 issues the promise and the decision; 容缺 the promise before its notice, since the notice
     * refers to the signed promise.
     *
     * @param materialsReceived true when at least one material was handed in or fetched (已收取 or 不符合要求)
     */
    public static List<NoticeKind> issuedOn(IntakeOutcome outcome, boolean materialsReceived) {
        Objects.requireNonNull(outcome, "outcome");
        List<NoticeKind> kinds = new ArrayList<>(3);
        if (materialsReceived) {
            kinds.add(MATERIAL_RECEIPT);
        }
        switch (outcome) {
            case ACCEPT -> kinds.add(ACCEPTANCE);
            case ACCEPT_DEFERRED -> {
                kinds.add(DEFERRAL_PLEDGE);
                kinds.add(DEFERRED_ACCEPTANCE);
            }
            case NEEDS_SUPPLEMENT -> kinds.add(SUPPLEMENT_NOTICE);
            // corrected on the spot, the application is checked again: the next outcome issues its own notice
            case CORRECTED_ON_SPOT -> { }
            case NOT_REQUIRED -> kinds.add(NOT_REQUIRED);
            case NOT_COMPETENT -> kinds.add(NOT_COMPETENT);
            case APPROVE_ON_SPOT -> kinds.add(APPROVAL_ON_SPOT);
            case REFUSE_ON_SPOT -> kinds.add(REFUSAL_ON_SPOT);
            case DECIDE_ON_COMMITMENT -> {
                kinds.add(COMMITMENT_PLEDGE);
                kinds.add(COMMITMENT_DECISION);
            }
            default -> throw new IllegalArgumentException("no documents defined for " + outcome);
        }
        return List.copyOf(kinds);
    }

    /**
     * Returns the documents issued when the last outstanding material of a supplement arrives: a receipt of what
     * came, then for a 补正 case its 受理通知书 (Art. 32(5): accepted on the complete supplement), for a 容缺 case the
     * 材料补齐通知书 (it was accepted already).
     *
     * @throws IllegalArgumentException for an outcome that awaits no supplement
     */
    public static List<NoticeKind> issuedOnSupplementComplete(IntakeOutcome original) {
        return switch (Objects.requireNonNull(original, "original")) {
            case NEEDS_SUPPLEMENT -> List.of(MATERIAL_RECEIPT, ACCEPTANCE);
            case ACCEPT_DEFERRED -> List.of(MATERIAL_RECEIPT, SUPPLEMENT_COMPLETE);
            default -> throw new IllegalArgumentException("no supplement awaited after " + original);
        };
    }

    /** Returns the written notice of a missed 容缺 supplement under the hall's policy (RULES.md §2.3). */
    public static NoticeKind onDeferralFailure(DeferralFailurePolicy policy) {
        return switch (Objects.requireNonNull(policy, "policy")) {
            case WITHDRAWN -> WITHDRAWAL;
            case ACCEPTANCE_REVOKED -> ACCEPTANCE_REVOCATION;
            case TERMINATED -> TERMINATION;
        };
    }
}
