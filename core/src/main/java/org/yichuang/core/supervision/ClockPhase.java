package org.yichuang.core.supervision;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.yichuang.core.cases.CaseState;

/**
 * Whether a case's decision clock (办结时限) runs, from its {@link CaseState} (RULES.md §1.2, §1.4). Only cases whose
 * clock runs or is stopped get a 红黄牌 level.
 */
public enum ClockPhase {
    /** Received but not accepted (收件, 待补正): no decision due date yet. */
    NOT_STARTED,
    /** Accepted and not decided: the due dates run. */
    RUNNING,
    /** A special procedure (特别程序, 许可法 Art. 45) has stopped the clock. */
    STOPPED,
    /** Finally decided, refused, withdrawn or ended (办结): nothing is due any more. */
    ENDED;

    /** Returns the phase of a state. */
    public static ClockPhase of(CaseState state) {
        if (state.isFinal()) {
            return ENDED;
        }
        if (state.decisionClockRuns()) {
            return RUNNING;
        }
        return state == CaseState.SPECIAL_PROCEDURE ? STOPPED : NOT_STARTED;
    }

    /**
     * Returns the phase of a case state by its name (the {@code cases.state} column).
     *
     * @throws IllegalArgumentException for a name that is no state
     */
    public static ClockPhase ofState(String state) {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        return of(CaseState.valueOf(state));
    }

    /** The names of the states whose clock runs or is stopped: the cases a sweep has to judge. */
    public static Set<String> clockStates() {
        return Arrays.stream(CaseState.values()).filter(s -> of(s) == RUNNING || of(s) == STOPPED)
                .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
