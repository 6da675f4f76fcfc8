package org.yichuang.core.cases;

import static org.yichuang.core.cases.CaseState.ACCEPTED;
import static org.yichuang.core.cases.CaseState.ACCEPTED_DEFERRED;
import static org.yichuang.core.cases.CaseState.APPROVED;
import static org.yichuang.core.cases.CaseState.CORRECTED_ON_SPOT;
import static org.yichuang.core.cases.CaseState.DECIDED_ON_COMMITMENT;
import static org.yichuang.core.cases.CaseState.DEEMED_ACCEPTED;
import static org.yichuang.core.cases.CaseState.EXTENDED;
import static org.yichuang.core.cases.CaseState.IN_REVIEW;
import static org.yichuang.core.cases.CaseState.NEEDS_SUPPLEMENT;
import static org.yichuang.core.cases.CaseState.RECEIVED;
import static org.yichuang.core.cases.CaseState.SPECIAL_PROCEDURE;
import static org.yichuang.core.staff.Role.BACK_OFFICE;
import static org.yichuang.core.staff.Role.RELEASE;
import static org.yichuang.core.staff.Role.WINDOW;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;

/**
 * The case state machine (RULES.md §1.2) as data, and the one function that applies it. Front office (窗口) decides
 * what happens on receipt; back office (后台审批) reviews and decides; the release window (出件窗口) delivers.
 */
public final class CaseTransitions {
    private static final Set<CaseState> ON_RECEIPT = EnumSet.of(RECEIVED, CORRECTED_ON_SPOT);
    private static final Set<CaseState> REVIEWING = EnumSet.of(IN_REVIEW, EXTENDED);
    private static final Set<CaseState> WITHDRAWABLE = EnumSet.of(RECEIVED, CORRECTED_ON_SPOT, NEEDS_SUPPLEMENT,
            DEEMED_ACCEPTED, ACCEPTED, ACCEPTED_DEFERRED, IN_REVIEW, EXTENDED, SPECIAL_PROCEDURE);

    private static final List<Transition> TABLE = List.of(
            row(ON_RECEIPT, CaseAction.ACCEPT, ACCEPTED, WINDOW),
            row(ON_RECEIPT, CaseAction.ACCEPT_DEFERRED, ACCEPTED_DEFERRED, WINDOW),
            row(ON_RECEIPT, CaseAction.REQUEST_SUPPLEMENT, NEEDS_SUPPLEMENT, WINDOW),
            row(EnumSet.of(RECEIVED), CaseAction.CORRECT_ON_SPOT, CORRECTED_ON_SPOT, WINDOW),
            row(ON_RECEIPT, CaseAction.DECLARE_NOT_REQUIRED, CaseState.NOT_REQUIRED, WINDOW),
            row(ON_RECEIPT, CaseAction.DECLARE_NOT_COMPETENT, CaseState.NOT_COMPETENT, WINDOW),
            new Transition(ON_RECEIPT, CaseAction.DEEM_ACCEPTED, DEEMED_ACCEPTED, Set.of(), false),
            row(ON_RECEIPT, CaseAction.DECIDE_ON_COMMITMENT, DECIDED_ON_COMMITMENT, WINDOW),
            row(EnumSet.of(NEEDS_SUPPLEMENT), CaseAction.COMPLETE_SUPPLEMENT, ACCEPTED, WINDOW),
            // 容缺材料补齐: the case stays accepted (basis DEFERRED, due dates unchanged) and waits for nothing more
            row(EnumSet.of(ACCEPTED_DEFERRED), CaseAction.COMPLETE_SUPPLEMENT, ACCEPTED, WINDOW),
            // the day sweep's consequences of a missed supplement (RULES.md §2.3, 安阳 36): by the system only
            new Transition(EnumSet.of(NEEDS_SUPPLEMENT, ACCEPTED_DEFERRED), CaseAction.WITHDRAW, CaseState.WITHDRAWN,
                    Set.of(), false),
            new Transition(EnumSet.of(ACCEPTED_DEFERRED), CaseAction.REVOKE_ACCEPTANCE, CaseState.ACCEPTANCE_REVOKED,
                    Set.of(), false),
            new Transition(EnumSet.of(ACCEPTED_DEFERRED), CaseAction.TERMINATE, CaseState.TERMINATED, Set.of(), false),
            row(EnumSet.of(NEEDS_SUPPLEMENT), CaseAction.REJECT, CaseState.REJECTED, WINDOW),
            row(WITHDRAWABLE, CaseAction.WITHDRAW, CaseState.WITHDRAWN, WINDOW, BACK_OFFICE),
            row(EnumSet.of(ACCEPTED_DEFERRED), CaseAction.REVOKE_ACCEPTANCE, CaseState.ACCEPTANCE_REVOKED, WINDOW,
                    BACK_OFFICE),
            row(EnumSet.of(ACCEPTED_DEFERRED), CaseAction.TERMINATE, CaseState.TERMINATED, WINDOW, BACK_OFFICE),
            row(REVIEWING, CaseAction.TERMINATE, CaseState.TERMINATED, BACK_OFFICE),
            row(EnumSet.of(ACCEPTED, ACCEPTED_DEFERRED, DEEMED_ACCEPTED), CaseAction.START_REVIEW, IN_REVIEW,
                    BACK_OFFICE),
            row(REVIEWING, CaseAction.EXTEND, EXTENDED, BACK_OFFICE),
            row(REVIEWING, CaseAction.START_SPECIAL_PROCEDURE, SPECIAL_PROCEDURE, BACK_OFFICE),
            new Transition(EnumSet.of(SPECIAL_PROCEDURE), CaseAction.END_SPECIAL_PROCEDURE, null,
                    Set.of(BACK_OFFICE), false),
            row(REVIEWING, CaseAction.APPROVE, APPROVED, BACK_OFFICE),
            row(REVIEWING, CaseAction.REFUSE, CaseState.REFUSED, BACK_OFFICE),
            // 即办件 (Art. 34): decided at the counter on receipt, no acceptance voucher needed (安阳 36)
            new Transition(ON_RECEIPT, CaseAction.APPROVE, APPROVED, Set.of(WINDOW), true),
            new Transition(ON_RECEIPT, CaseAction.REFUSE, CaseState.REFUSED, Set.of(WINDOW), true),
            row(EnumSet.of(APPROVED, DECIDED_ON_COMMITMENT), CaseAction.DELIVER, CaseState.DELIVERED, RELEASE,
                    WINDOW));

    private CaseTransitions() {
    }

    private static Transition row(Set<CaseState> from, CaseAction action, CaseState to, Role... roles) {
        return new Transition(from, action, to, Set.of(roles), false);
    }

    /** Returns the whole table, in the order above. */
    public static List<Transition> table() {
        return TABLE;
    }

    /**
     * Applies {@code action} to a case in {@code situation}, made by {@code actor}: the new state, or
     * TRANSITION_NOT_ALLOWED when no row leads from this state (for this item kind), or TRANSITION_ROLE_FORBIDDEN when
     * rows do but none for the actor's roles.
     */
    public static TransitionResult apply(CaseSituation situation, CaseAction action, CaseActor actor) {
        boolean fromState = false;
        for (Transition t : TABLE) {
            if (t.action() != action || !t.from().contains(situation.state())
                    || (t.immediateOnly() && situation.itemKind() != CaseKind.IMMEDIATE)) {
                continue;
            }
            fromState = true;
            if (actor.isSystem() ? t.bySystem() : !Collections.disjoint(t.roles(), actor.roles())) {
                return TransitionResult.allowed(t.target(situation));
            }
        }
        return TransitionResult.refused(fromState ? ErrorCode.TRANSITION_ROLE_FORBIDDEN
                : ErrorCode.TRANSITION_NOT_ALLOWED);
    }

    /** Returns the actions the actor may take now, in declaration order (the buttons a screen shows). */
    public static List<CaseAction> available(CaseSituation situation, CaseActor actor) {
        List<CaseAction> out = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (apply(situation, action, actor).isAllowed()) {
                out.add(action);
            }
        }
        return out;
    }
}
