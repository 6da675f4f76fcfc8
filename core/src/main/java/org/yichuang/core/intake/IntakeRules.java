package org.yichuang.core.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Which intake outcomes are lawful now (行政许可法 Art. 32, 34; RULES.md §1.2, §2, §3.3), decided once for the counter
 * client (the buttons it offers) and the server (which never trusts the client). A refusal throws a
 * {@link DomainException} with a stable code and a message naming the material or field.
 */
public final class IntakeRules {
    /** Art. 32(4) with Art. 82: the supplement notice is served within five working days of receipt. */
    public static final int NOTICE_WORKING_DAYS = 5;
    /** The longest text of a reason, basis, authority, problem or correction note. */
    public static final int MAX_TEXT = 500;

    /** The power of attorney's name when the item version does not list one (RULES.md §3.2). */
    public static final String AUTHORISATION = "授权委托书";
    /**
     * The outcomes that take the application on (受理, 容缺受理, 当场办结, 告知承诺), which an agent may only obtain with
     * the 授权委托书 in hand; 一次性告知 lists it as missing, and refusals need no checklist.
     */
    private static final Set<IntakeOutcome> NEED_AUTHORISATION = EnumSet.of(IntakeOutcome.ACCEPT,
            IntakeOutcome.ACCEPT_DEFERRED, IntakeOutcome.APPROVE_ON_SPOT, IntakeOutcome.DECIDE_ON_COMMITMENT);

    private static final Set<IntakeOutcome> ASK_INTENT = EnumSet.of(IntakeOutcome.ACCEPT,
            IntakeOutcome.ACCEPT_DEFERRED, IntakeOutcome.NEEDS_SUPPLEMENT, IntakeOutcome.CORRECTED_ON_SPOT,
            IntakeOutcome.APPROVE_ON_SPOT, IntakeOutcome.DECIDE_ON_COMMITMENT);

    private IntakeRules() {
    }

    /**
     * Returns the materials the checklist must list for a case of this item version: the item's own, and when an
     * agent (代理人) applies, the 授权委托书 as a required material that cannot be deferred — the item's own line for it
     * (a conditional "授权委托书及受托人身份证明", say) made required, or an added {@link #AUTHORISATION} line at the end.
     * The server stores and judges this list; the counter's screen shows it.
     */
    public static List<MaterialRequirement> checklist(ServiceItem item, boolean agent) {
        List<MaterialRequirement> materials = item.materials();
        if (!agent) {
            return materials;
        }
        List<MaterialRequirement> out = new ArrayList<>(materials.size() + 1);
        boolean found = false;
        for (MaterialRequirement m : materials) {
            if (!found && isAuthorisation(m.name())) {
                found = true;
                out.add(new MaterialRequirement(m.name(), m.kind(), m.originals(), m.copies(), m.paperSize(),
                        m.sealOrSignature(), m.source(), true, null, false, m.sampleRef(), m.notes(), null));
            } else {
                out.add(m);
            }
        }
        if (!found) {
            out.add(new MaterialRequirement(AUTHORISATION, MaterialKind.OTHER, 1, 0, "A4", "委托人签字或盖章",
                    MaterialSource.APPLICANT, true, null, false, null, "由代理人办理的，须提交申请人签署的授权委托书", null));
        }
        return List.copyOf(out);
    }

    /** Returns true for the material that is the power of attorney (its name names the 授权委托书). */
    public static boolean isAuthorisation(String materialName) {
        return materialName != null && materialName.contains(AUTHORISATION);
    }

    /**
     * Returns the outcomes lawful for this checklist and letter, in declaration order (the buttons a screen enables);
     * texts, dates and notes that the outcome still needs are not judged here.
     */
    public static List<IntakeOutcome> offered(IntakeContext ctx, List<MaterialCheck> materials,
            boolean commitmentSigned, boolean genuineIntentAsked) {
        List<IntakeOutcome> out = new ArrayList<>();
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            IntakeRequest r = new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, null, null,
                    null, null, null);
            try {
                judge(ctx, r, false);
                out.add(outcome);
            } catch (DomainException refused) {
                // not lawful now: the screen leaves the button off
            }
        }
        return out;
    }

    /**
     * Returns why each outcome that {@link #offered} leaves out is not lawful now, in declaration order: the code and
     * message the rules refuse it with (the 授权委托书 missing, a material not deferrable, the 承诺书 not signed …).
     */
    public static List<OutcomeRefusal> refused(IntakeContext ctx, List<MaterialCheck> materials,
            boolean commitmentSigned, boolean genuineIntentAsked) {
        List<OutcomeRefusal> out = new ArrayList<>();
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            IntakeRequest r = new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, null, null,
                    null, null, null);
            try {
                judge(ctx, r, false);
            } catch (DomainException refused) {
                out.add(new OutcomeRefusal(outcome, refused.code(), refused.getMessage()));
            }
        }
        return out;
    }

    /**
     * Decides the requested outcome.
     *
     * @throws DomainException with an intake code (INTAKE_*, SUPPLEMENT_NOTICE_PERIOD_PASSED, TRANSITION_DATE_INVALID,
     *                         FIELD_REQUIRED) and a message naming the material or field
     */
    public static IntakeDecision decide(IntakeContext ctx, IntakeRequest request) {
        return judge(ctx, request, true);
    }

    private static IntakeDecision judge(IntakeContext ctx, IntakeRequest r, boolean complete) {
        if (r.outcome() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择受理结果（outcome）。");
        }
        ServiceItem item = ctx.item();
        Map<String, MaterialRequirement> byName = new LinkedHashMap<>();
        checklist(item, ctx.agent()).forEach(m -> byName.put(m.name(), m));
        List<MaterialCheck> lines = checklist(byName, r, complete);
        if (ctx.agent() && NEED_AUTHORISATION.contains(r.outcome())) {
            authorised(lines);
        }
        if (item.askGenuineIntent() && ASK_INTENT.contains(r.outcome()) && !r.genuineIntentAsked()) {
            throw new DomainException(ErrorCode.INTAKE_GENUINE_INTENT_NOT_ASKED, "“" + item.name()
                    + "”须询问并记录办理事项是否为申请人的真实意思表示（老年人权益保障法第五十五条）。");
        }
        List<OutstandingMaterial> outstanding = lines.stream().filter(MaterialCheck::outstanding)
                .map(c -> new OutstandingMaterial(c.name(), c.status(), clean(c.problem()))).toList();
        return switch (r.outcome()) {
            case ACCEPT -> complete(ctx, r, outstanding, "受理");
            case APPROVE_ON_SPOT -> {
                immediateOnly(item, r.outcome());
                yield complete(ctx, r, outstanding, "当场办结");
            }
            case ACCEPT_DEFERRED -> deferred(ctx, r, byName, outstanding, complete);
            case NEEDS_SUPPLEMENT -> supplement(ctx, r, outstanding, complete);
            case CORRECTED_ON_SPOT -> {
                String note = complete ? text(r.correctionNote(), ErrorCode.INTAKE_CORRECTION_NOTE_REQUIRED,
                        "请写明当场更正的内容（如：申请表法定代表人姓名笔误，已由申请人当场更正）。", "更正内容") : null;
                yield new IntakeDecision(r.outcome(), List.of(), null, null, null, null, null,
                        note == null ? null : "当场更正：" + note);
            }
            case NOT_REQUIRED, NOT_COMPETENT, REFUSE_ON_SPOT -> refusal(ctx, r, complete);
            case DECIDE_ON_COMMITMENT -> commitment(ctx, r, byName, lines);
        };
    }

    /** Every material of the item once, each line consistent; refusals may come without a checklist. */
    private static List<MaterialCheck> checklist(Map<String, MaterialRequirement> byName, IntakeRequest r,
            boolean complete) {
        List<MaterialCheck> lines = r.materials();
        if (lines.isEmpty() && r.outcome().refusal()) {
            return lines;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (MaterialCheck c : lines) {
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "材料清单中有一项没有材料名称。");
            }
            MaterialRequirement m = byName.get(c.name());
            if (m == null) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH,
                        "本事项没有申请材料“" + c.name() + "”，请按事项的材料目录登记。");
            }
            if (!seen.add(c.name())) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH, "材料“" + c.name() + "”登记了两次。");
            }
            checkLine(c, m, complete);
        }
        for (String name : byName.keySet()) {
            if (!seen.contains(name)) {
                throw new DomainException(ErrorCode.INTAKE_CHECKLIST_MISMATCH,
                        "材料清单缺少“" + name + "”：请逐项登记是否收取。");
            }
        }
        return lines;
    }

    /**
     * An agent acts for the applicant only with the 授权委托书 received (民法典 Art. 165); the checklist holds its line
     * (checked before), so only its status is judged here.
     */
    private static void authorised(List<MaterialCheck> lines) {
        for (MaterialCheck c : lines) {
            if (isAuthorisation(c.name()) && c.status() != MaterialStatus.RECEIVED) {
                throw new DomainException(ErrorCode.INTAKE_AGENT_AUTHORISATION_MISSING, "由代理人办理的，须收取申请人签署的“"
                        + c.name() + "”（现为" + c.status().label() + "）；授权委托书不能容缺，可一次性告知补正。");
            }
        }
    }

    private static void checkLine(MaterialCheck c, MaterialRequirement m, boolean complete) {
        String name = "材料“" + c.name() + "”";
        if (c.status() == null) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID, "请登记" + name + "是否收取。");
        }
        if (c.status() == MaterialStatus.RECEIVED && c.channel() == null) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID,
                    name + "已收取，请选择收取方式（纸质、共享获取或电子）。");
        }
        if (c.originals() < 0 || c.copies() < 0 || c.pages() < 0) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID, name + "的份数和页数不能为负数。");
        }
        if (c.status() == MaterialStatus.NOT_APPLICABLE && m.required()) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID,
                    name + "是必要材料，不能标为“不适用”。");
        }
        if (c.problem() != null && c.problem().length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, name + "的问题说明不能超过" + MAX_TEXT + "个字。");
        }
        if (complete && c.status() == MaterialStatus.DEFECTIVE && clean(c.problem()) == null) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID,
                    "请写明" + name + "不符合要求之处（一次性告知书须写明需要补正的全部内容）。");
        }
    }

    private static IntakeDecision complete(IntakeContext ctx, IntakeRequest r, List<OutstandingMaterial> outstanding,
            String what) {
        if (!outstanding.isEmpty()) {
            throw new DomainException(ErrorCode.INTAKE_MATERIAL_MISSING, "申请材料不齐全，不能" + what + "："
                    + lines(outstanding) + "。可一次性告知补正" + (ctx.item().deferralAllowed() ? "或容缺受理" : "")
                    + "。");
        }
        return new IntakeDecision(r.outcome(), List.of(), null, null, null, null, null, null);
    }

    private static IntakeDecision deferred(IntakeContext ctx, IntakeRequest r, Map<String, MaterialRequirement> byName,
            List<OutstandingMaterial> outstanding, boolean complete) {
        ServiceItem item = ctx.item();
        if (!item.deferralAllowed() || item.caseKind() == CaseKind.IMMEDIATE) {
            throw new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED, "“" + item.name() + "”不适用容缺受理"
                    + (item.caseKind() == CaseKind.IMMEDIATE ? "（即办件）" : "") + "。");
        }
        if (item.riskCategory().risky() && !ctx.hall().riskyItemsMayDefer()) {
            throw new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED, "“" + item.name() + "”涉及"
                    + item.riskCategory().label() + "，本大厅不对此类事项容缺受理。");
        }
        if (outstanding.isEmpty()) {
            throw new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED, "材料已齐全，应当直接受理，无需容缺。");
        }
        for (OutstandingMaterial o : outstanding) {
            MaterialRequirement m = byName.get(o.name());
            if (m.kind() != MaterialKind.OTHER) {
                throw new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED, "材料“" + o.name() + "”是"
                        + (m.kind() == MaterialKind.IDENTITY_DOCUMENT ? "身份证明" : "申请表") + "，不得容缺。");
            }
            if (!m.deferrable()) {
                throw new DomainException(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED,
                        "材料“" + o.name() + "”不在本事项的容缺材料目录中，不能容缺受理。");
            }
        }
        DeferralLimit limit = deferralLimit(ctx, byName, outstanding);
        LocalDate latest = limit.day();
        String latestWhy = limit.why();
        if (!r.commitmentSigned()) {
            throw new DomainException(ErrorCode.INTAKE_COMMITMENT_NOT_SIGNED,
                    "申请人未签署《容缺受理承诺书》，不能容缺受理；可一次性告知补正。");
        }
        if (!latest.isAfter(ctx.today())) {
            throw new DomainException(ErrorCode.INTAKE_SUPPLEMENT_DUE_TOO_LATE,
                    "承诺办结日为" + ctx.promisedDueOn() + "，没有容缺补交的时间，不能容缺受理。");
        }
        LocalDate due = r.supplementDueOn() == null ? latest : r.supplementDueOn();
        if (complete && !due.isAfter(ctx.today())) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID,
                    "容缺材料补交期限应晚于今天（" + ctx.today() + "）。");
        }
        if (due.isAfter(latest)) {
            throw new DomainException(ErrorCode.INTAKE_SUPPLEMENT_DUE_TOO_LATE,
                    "容缺材料补交期限" + due + "晚于" + latestWhy + "。");
        }
        String consequence = "逾期未补齐的，" + ctx.hall().deferralFailurePolicy().label() + "。";
        return new IntakeDecision(r.outcome(), outstanding, due, null, null, null, consequence,
                "容缺材料：" + lines(outstanding) + "；补交期限" + due + "；" + consequence);
    }

    /**
     * Returns the latest lawful 容缺 supplement day (容缺补交期限) for the materials outstanding in this checklist: the
     * promised due date, or earlier when an outstanding material has its own shorter supplement period. The intake
     * screen proposes it; {@link #decide} holds a submission to it.
     */
    public static LocalDate latestDeferralDue(IntakeContext ctx, List<MaterialCheck> materials) {
        Map<String, MaterialRequirement> byName = new LinkedHashMap<>();
        checklist(ctx.item(), ctx.agent()).forEach(m -> byName.put(m.name(), m));
        List<OutstandingMaterial> outstanding = materials.stream().filter(c -> c != null && c.outstanding()
                && byName.containsKey(c.name())).map(c -> new OutstandingMaterial(c.name(), c.status(), null)).toList();
        return deferralLimit(ctx, byName, outstanding).day();
    }

    /** The latest supplement day and why it is that day (for the refusal message). */
    private record DeferralLimit(LocalDate day, String why) {
    }

    private static DeferralLimit deferralLimit(IntakeContext ctx, Map<String, MaterialRequirement> byName,
            List<OutstandingMaterial> outstanding) {
        LocalDate latest = ctx.promisedDueOn();
        String latestWhy = "承诺办结日（" + ctx.promisedDueOn() + "）";
        for (OutstandingMaterial o : outstanding) {
            MaterialRequirement m = byName.get(o.name());
            if (m != null && m.supplementDays() != null) {
                LocalDate own = ctx.calendar().plusWorkingDays(ctx.today(), m.supplementDays());
                if (own.isBefore(latest)) {
                    latest = own;
                    latestWhy = "材料“" + o.name() + "”的补交期限（" + m.supplementDays() + "个工作日，至" + own + "）";
                }
            }
        }
        return new DeferralLimit(latest, latestWhy);
    }

    private static IntakeDecision supplement(IntakeContext ctx, IntakeRequest r, List<OutstandingMaterial> outstanding,
            boolean complete) {
        if (outstanding.isEmpty()) {
            throw new DomainException(ErrorCode.INTAKE_NOTHING_TO_SUPPLEMENT,
                    "材料清单中没有未提交或不符合要求的材料，不能出具一次性告知书。");
        }
        LocalDate serviceDue = ctx.calendar().plusWorkingDays(ctx.receivedOn(), NOTICE_WORKING_DAYS);
        if (ctx.today().isAfter(serviceDue)) {
            throw new DomainException(ErrorCode.SUPPLEMENT_NOTICE_PERIOD_PASSED, "收件日" + ctx.receivedOn()
                    + "起五个工作日的告知期限已于" + serviceDue + "届满，依法视为受理，不能再告知补正。");
        }
        LocalDate due = r.supplementDueOn();
        if (complete && due == null) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID, "请填写补正期限。");
        }
        if (complete && !due.isAfter(ctx.today())) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID, "补正期限应晚于今天（" + ctx.today() + "）。");
        }
        String consequence = "逾期未补正的，视为撤回申请。";
        return new IntakeDecision(r.outcome(), outstanding, due, serviceDue, null, null, consequence,
                "一次性告知补正：" + lines(outstanding) + (due == null ? "" : "；补正期限" + due));
    }

    private static IntakeDecision refusal(IntakeContext ctx, IntakeRequest r, boolean complete) {
        if (r.outcome() == IntakeOutcome.REFUSE_ON_SPOT) {
            immediateOnly(ctx.item(), r.outcome());
        }
        boolean remediesNeeded = r.outcome() != IntakeOutcome.NOT_REQUIRED;
        if (remediesNeeded && !ctx.hall().remediesConfigured()) {
            throw new DomainException(ErrorCode.INTAKE_REMEDIES_NOT_CONFIGURED, "本大厅未配置"
                    + (ctx.hall().reconsiderationBody() == null ? "行政复议机关" : "人民法院")
                    + "，不予受理通知书无法告知救济途径（行政复议法第二十条），请联系管理员在大厅设置中填写。");
        }
        if (!complete) {
            return new IntakeDecision(r.outcome(), List.of(), null, null, null, null, null, null);
        }
        String reason = text(r.reason(), ErrorCode.INTAKE_REFUSAL_INCOMPLETE,
                "请写明" + r.outcome().label() + "的理由。", "理由");
        String basis = text(r.legalBasis(), ErrorCode.INTAKE_REFUSAL_INCOMPLETE,
                "请写明" + r.outcome().label() + "的法律依据（如：《中华人民共和国行政许可法》第三十二条第一款第二项）。",
                "法律依据");
        String authority = null;
        if (r.outcome() == IntakeOutcome.NOT_COMPETENT) {
            authority = text(r.competentAuthority(), ErrorCode.INTAKE_REFUSAL_INCOMPLETE,
                    "不属于本机关职权的，须告知申请人向哪个有关行政机关申请（行政许可法第三十二条第一款第二项）。", "有关行政机关");
        }
        String remedies = remediesNeeded ? Remedies.text(ctx.hall().reconsiderationBody(), ctx.hall().court()) : null;
        return new IntakeDecision(r.outcome(), List.of(), null, null, null, remedies, null, reason + "（依据："
                + basis + (authority == null ? "" : "；请向" + authority + "申请") + "）");
    }

    private static IntakeDecision commitment(IntakeContext ctx, IntakeRequest r,
            Map<String, MaterialRequirement> byName, List<MaterialCheck> lines) {
        ServiceItem item = ctx.item();
        if (!item.commitmentAllowed() || item.riskCategory().risky()) {
            throw new DomainException(ErrorCode.INTAKE_COMMITMENT_NOT_ALLOWED, "“" + item.name() + "”不适用告知承诺制"
                    + (item.riskCategory().risky() ? "（涉及" + item.riskCategory().label() + "）" : "") + "。");
        }
        for (MaterialCheck c : lines) {
            MaterialRequirement m = byName.get(c.name());
            // the promise replaces the proofs (证明材料), never the applicant's identity or application
            if (c.outstanding() && m.kind() != MaterialKind.OTHER) {
                throw new DomainException(ErrorCode.INTAKE_MATERIAL_MISSING,
                        "告知承诺不能代替身份证明和申请表：材料“" + c.name() + "”" + c.status().label() + "。");
            }
        }
        if (!r.commitmentSigned()) {
            throw new DomainException(ErrorCode.INTAKE_COMMITMENT_NOT_SIGNED,
                    "申请人未签署告知承诺书，不能按告知承诺办理。");
        }
        LocalDate check = ctx.calendar().plusWorkingDays(ctx.today(), item.postCheckWorkingDays());
        return new IntakeDecision(r.outcome(), List.of(), null, null, check, null, null,
                "告知承诺：申请人书面承诺符合条件，当场决定；核查期限" + check);
    }

    private static void immediateOnly(ServiceItem item, IntakeOutcome outcome) {
        if (item.caseKind() != CaseKind.IMMEDIATE) {
            throw new DomainException(ErrorCode.INTAKE_NOT_IMMEDIATE,
                    "“" + item.name() + "”是承诺件，不能" + outcome.label() + "；请受理后由后台审批。");
        }
    }

    private static String text(String value, ErrorCode code, String whenMissing, String label) {
        String v = clean(value);
        if (v == null) {
            throw new DomainException(code, whenMissing);
        }
        if (v.length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, label + "不能超过" + MAX_TEXT + "个字。");
        }
        return v;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String lines(List<OutstandingMaterial> outstanding) {
        return outstanding.stream().map(OutstandingMaterial::line).collect(Collectors.joining("；"));
    }
}
