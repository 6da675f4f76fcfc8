package org.yichuang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;

class CaseTransitionsTest {
    /**
     * The expected table, written out independently of {@link CaseTransitions}: state, action → target and roles
     * (for a 承诺件). Anything not listed must be refused.
     */
    private static final Map<String, Set<Role>> EXPECTED = Map.ofEntries(
            e("RECEIVED ACCEPT ACCEPTED", Role.WINDOW),
            e("CORRECTED_ON_SPOT ACCEPT ACCEPTED", Role.WINDOW),
            e("RECEIVED ACCEPT_DEFERRED ACCEPTED_DEFERRED", Role.WINDOW),
            e("CORRECTED_ON_SPOT ACCEPT_DEFERRED ACCEPTED_DEFERRED", Role.WINDOW),
            e("RECEIVED REQUEST_SUPPLEMENT NEEDS_SUPPLEMENT", Role.WINDOW),
            e("CORRECTED_ON_SPOT REQUEST_SUPPLEMENT NEEDS_SUPPLEMENT", Role.WINDOW),
            e("RECEIVED CORRECT_ON_SPOT CORRECTED_ON_SPOT", Role.WINDOW),
            e("RECEIVED DECLARE_NOT_REQUIRED NOT_REQUIRED", Role.WINDOW),
            e("CORRECTED_ON_SPOT DECLARE_NOT_REQUIRED NOT_REQUIRED", Role.WINDOW),
            e("RECEIVED DECLARE_NOT_COMPETENT NOT_COMPETENT", Role.WINDOW),
            e("CORRECTED_ON_SPOT DECLARE_NOT_COMPETENT NOT_COMPETENT", Role.WINDOW),
            // the system's alone (the day sweep): every staff role is refused with ROLE_FORBIDDEN
            e("RECEIVED DEEM_ACCEPTED DEEMED_ACCEPTED"),
            e("CORRECTED_ON_SPOT DEEM_ACCEPTED DEEMED_ACCEPTED"),
            e("RECEIVED DECIDE_ON_COMMITMENT DECIDED_ON_COMMITMENT", Role.WINDOW),
            e("CORRECTED_ON_SPOT DECIDE_ON_COMMITMENT DECIDED_ON_COMMITMENT", Role.WINDOW),
            e("NEEDS_SUPPLEMENT COMPLETE_SUPPLEMENT ACCEPTED", Role.WINDOW),
            // issue 10: the deferred materials came in (容缺材料补齐)
            e("ACCEPTED_DEFERRED COMPLETE_SUPPLEMENT ACCEPTED", Role.WINDOW),
            e("NEEDS_SUPPLEMENT REJECT REJECTED", Role.WINDOW),
            e("RECEIVED WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("CORRECTED_ON_SPOT WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("NEEDS_SUPPLEMENT WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("DEEMED_ACCEPTED WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("ACCEPTED WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("ACCEPTED_DEFERRED WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("IN_REVIEW WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("EXTENDED WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("SPECIAL_PROCEDURE WITHDRAW WITHDRAWN", Role.WINDOW, Role.BACK_OFFICE),
            e("ACCEPTED_DEFERRED REVOKE_ACCEPTANCE ACCEPTANCE_REVOKED", Role.WINDOW, Role.BACK_OFFICE),
            e("ACCEPTED_DEFERRED TERMINATE TERMINATED", Role.WINDOW, Role.BACK_OFFICE),
            e("IN_REVIEW TERMINATE TERMINATED", Role.BACK_OFFICE),
            e("EXTENDED TERMINATE TERMINATED", Role.BACK_OFFICE),
            e("ACCEPTED START_REVIEW IN_REVIEW", Role.BACK_OFFICE),
            e("ACCEPTED_DEFERRED START_REVIEW IN_REVIEW", Role.BACK_OFFICE),
            e("DEEMED_ACCEPTED START_REVIEW IN_REVIEW", Role.BACK_OFFICE),
            e("IN_REVIEW EXTEND EXTENDED", Role.BACK_OFFICE),
            e("EXTENDED EXTEND EXTENDED", Role.BACK_OFFICE),
            e("IN_REVIEW START_SPECIAL_PROCEDURE SPECIAL_PROCEDURE", Role.BACK_OFFICE),
            e("EXTENDED START_SPECIAL_PROCEDURE SPECIAL_PROCEDURE", Role.BACK_OFFICE),
            e("SPECIAL_PROCEDURE END_SPECIAL_PROCEDURE IN_REVIEW", Role.BACK_OFFICE),
            e("IN_REVIEW APPROVE APPROVED", Role.BACK_OFFICE),
            e("EXTENDED APPROVE APPROVED", Role.BACK_OFFICE),
            e("IN_REVIEW REFUSE REFUSED", Role.BACK_OFFICE),
            e("EXTENDED REFUSE REFUSED", Role.BACK_OFFICE),
            e("APPROVED DELIVER DELIVERED", Role.RELEASE, Role.WINDOW),
            e("DECIDED_ON_COMMITMENT DELIVER DELIVERED", Role.RELEASE, Role.WINDOW));

    private static Map.Entry<String, Set<Role>> e(String row, Role... roles) {
        return Map.entry(row, Set.of(roles));
    }

    private static String target(CaseState from, CaseAction action) {
        String prefix = from + " " + action + " ";
        return EXPECTED.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .findFirst().orElse(null);
    }

    @Test
    void every_state_action_and_role_of_a_promised_item_answers_as_the_expected_table_says() {
        List<String> checked = new ArrayList<>();
        for (CaseState from : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                String to = target(from, action);
                for (Role role : Role.values()) {
                    TransitionResult r = CaseTransitions.apply(new CaseSituation(from, CaseKind.PROMISED, 0), action,
                            CaseActor.staff(Set.of(role)));
                    String at = from + " " + action + " by " + role;
                    if (to == null) {
                        assertThat(r.refusal()).as(at).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
                    } else if (EXPECTED.get(from + " " + action + " " + to).contains(role)) {
                        assertThat(r.to()).as(at).isEqualTo(CaseState.valueOf(to));
                        assertThat(r.isAllowed()).as(at).isTrue();
                    } else {
                        assertThat(r.refusal()).as(at).isEqualTo(ErrorCode.TRANSITION_ROLE_FORBIDDEN);
                    }
                    checked.add(at);
                }
            }
        }
        assertThat(checked).hasSize(CaseState.values().length * CaseAction.values().length * Role.values().length);
    }

    @Test
    void the_system_may_only_deem_a_received_case_accepted_or_end_an_overdue_supplement() {
        for (CaseState from : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                TransitionResult r = CaseTransitions.apply(new CaseSituation(from, CaseKind.PROMISED, 0), action,
                        CaseActor.system());
                boolean deem = action == CaseAction.DEEM_ACCEPTED
                        && EnumSet.of(CaseState.RECEIVED, CaseState.CORRECTED_ON_SPOT).contains(from);
                // issue 10: 视为撤回 of a late 补正 or 容缺; 撤销受理/终止 of a late 容缺 (the hall's policy)
                boolean overdue = action == CaseAction.WITHDRAW
                        && EnumSet.of(CaseState.NEEDS_SUPPLEMENT, CaseState.ACCEPTED_DEFERRED).contains(from)
                        || EnumSet.of(CaseAction.REVOKE_ACCEPTANCE, CaseAction.TERMINATE).contains(action)
                        && from == CaseState.ACCEPTED_DEFERRED;
                assertThat(r.isAllowed()).as(from + " " + action).isEqualTo(deem || overdue);
                if (deem) {
                    assertThat(r.to()).isEqualTo(CaseState.DEEMED_ACCEPTED);
                }
            }
        }
    }

    @Test
    void no_staff_role_can_deem_a_case_accepted() {
        TransitionResult r = CaseTransitions.apply(new CaseSituation(CaseState.RECEIVED, CaseKind.PROMISED, 0),
                CaseAction.DEEM_ACCEPTED, CaseActor.staff(EnumSet.allOf(Role.class)));

        assertThat(r.refusal()).isEqualTo(ErrorCode.TRANSITION_ROLE_FORBIDDEN);
    }

    @Test
    void an_immediate_item_is_decided_at_the_counter_on_receipt_and_a_promised_one_is_not() {
        for (CaseState from : List.of(CaseState.RECEIVED, CaseState.CORRECTED_ON_SPOT)) {
            for (CaseAction action : List.of(CaseAction.APPROVE, CaseAction.REFUSE)) {
                CaseActor window = CaseActor.staff(Set.of(Role.WINDOW));
                assertThat(CaseTransitions.apply(new CaseSituation(from, CaseKind.IMMEDIATE, 0), action, window).to())
                        .isEqualTo(action == CaseAction.APPROVE ? CaseState.APPROVED : CaseState.REFUSED);
                assertThat(CaseTransitions.apply(new CaseSituation(from, CaseKind.PROMISED, 0), action, window)
                        .refusal()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
                assertThat(CaseTransitions.apply(new CaseSituation(from, CaseKind.IMMEDIATE, 0), action,
                        CaseActor.staff(Set.of(Role.BACK_OFFICE))).refusal())
                        .isEqualTo(ErrorCode.TRANSITION_ROLE_FORBIDDEN);
            }
        }
    }

    @Test
    void apart_from_on_the_spot_decisions_an_immediate_item_follows_the_same_table() {
        for (CaseState from : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                boolean onTheSpot = (action == CaseAction.APPROVE || action == CaseAction.REFUSE)
                        && (from == CaseState.RECEIVED || from == CaseState.CORRECTED_ON_SPOT);
                if (onTheSpot) {
                    continue;
                }
                for (Role role : Role.values()) {
                    CaseActor actor = CaseActor.staff(Set.of(role));
                    assertThat(CaseTransitions.apply(new CaseSituation(from, CaseKind.IMMEDIATE, 0), action, actor))
                            .as(from + " " + action + " " + role)
                            .isEqualTo(CaseTransitions.apply(new CaseSituation(from, CaseKind.PROMISED, 0), action,
                                    actor));
                }
            }
        }
    }

    @Test
    void the_end_of_a_special_procedure_returns_to_extended_when_the_case_was_extended() {
        CaseActor backOffice = CaseActor.staff(Set.of(Role.BACK_OFFICE));

        assertThat(CaseTransitions.apply(new CaseSituation(CaseState.SPECIAL_PROCEDURE, CaseKind.PROMISED, 1),
                CaseAction.END_SPECIAL_PROCEDURE, backOffice).to()).isEqualTo(CaseState.EXTENDED);
        assertThat(CaseTransitions.apply(new CaseSituation(CaseState.SPECIAL_PROCEDURE, CaseKind.PROMISED, 0),
                CaseAction.END_SPECIAL_PROCEDURE, backOffice).to()).isEqualTo(CaseState.IN_REVIEW);
    }

    @Test
    void a_staff_member_with_several_roles_may_do_what_any_of_them_may() {
        CaseActor both = CaseActor.staff(Set.of(Role.SUPERVISOR, Role.BACK_OFFICE));

        assertThat(CaseTransitions.apply(new CaseSituation(CaseState.ACCEPTED, CaseKind.PROMISED, 0),
                CaseAction.START_REVIEW, both).to()).isEqualTo(CaseState.IN_REVIEW);
    }

    @Test
    void the_available_actions_are_those_the_table_allows_the_caller() {
        CaseSituation received = new CaseSituation(CaseState.RECEIVED, CaseKind.PROMISED, 0);

        assertThat(CaseTransitions.available(received, CaseActor.staff(Set.of(Role.WINDOW)))).containsExactly(
                CaseAction.ACCEPT, CaseAction.ACCEPT_DEFERRED, CaseAction.REQUEST_SUPPLEMENT,
                CaseAction.CORRECT_ON_SPOT, CaseAction.DECLARE_NOT_REQUIRED, CaseAction.DECLARE_NOT_COMPETENT,
                CaseAction.DECIDE_ON_COMMITMENT, CaseAction.WITHDRAW);
        assertThat(CaseTransitions.available(received, CaseActor.staff(Set.of(Role.SUPERVISOR)))).isEmpty();
        assertThat(CaseTransitions.available(received, CaseActor.system()))
                .containsExactly(CaseAction.DEEM_ACCEPTED);
    }

    @Test
    void no_final_state_lets_the_decision_clock_run_and_final_states_lead_nowhere_but_delivery() {
        for (CaseState s : CaseState.values()) {
            if (s.isFinal()) {
                assertThat(s.decisionClockRuns()).as(s.name()).isFalse();
                for (CaseAction a : CaseAction.values()) {
                    boolean delivery = a == CaseAction.DELIVER
                            && (s == CaseState.APPROVED || s == CaseState.DECIDED_ON_COMMITMENT);
                    assertThat(CaseTransitions.apply(new CaseSituation(s, CaseKind.PROMISED, 0), a,
                            CaseActor.staff(EnumSet.allOf(Role.class))).isAllowed()).as(s + " " + a)
                            .isEqualTo(delivery);
                }
            }
        }
        assertThat(CaseState.RECEIVED.decisionClockRuns()).isFalse();
        assertThat(CaseState.SPECIAL_PROCEDURE.decisionClockRuns()).isFalse();
        assertThat(CaseState.EXTENDED.decisionClockRuns()).isTrue();
    }

    @Test
    void every_state_and_action_has_a_chinese_label() {
        for (CaseState s : CaseState.values()) {
            assertThat(s.label()).as(s.name()).matches(".*\\p{IsHan}.*");
        }
        for (CaseAction a : CaseAction.values()) {
            assertThat(a.label()).as(a.name()).matches(".*\\p{IsHan}.*");
        }
        for (AcceptanceBasis b : AcceptanceBasis.values()) {
            assertThat(b.label()).as(b.name()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void a_refusal_throws_with_its_code_and_names_the_state_and_action() {
        TransitionResult r = CaseTransitions.apply(new CaseSituation(CaseState.DELIVERED, CaseKind.PROMISED, 0),
                CaseAction.ACCEPT, CaseActor.staff(Set.of(Role.WINDOW)));

        assertThatThrownBy(() -> r.orThrow(CaseState.DELIVERED, CaseAction.ACCEPT))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("已送达").hasMessageContaining("受理")
                .extracting(x -> ((DomainException) x).code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
    }
}
