package org.yichuang.core.supervision;

import java.util.Set;

/**
 * Whether a case's decision clock (办结时限) runs, from its state (RULES.md §1.2, §1.4). Only cases whose clock runs
 * or is stopped get a 红黄牌 level.
 */
public enum ClockPhase {
    /** Received but not accepted (收件, 待补正): no decision due date yet. */
    NOT_STARTED,
    /** Accepted and not decided: the due dates run. */
    RUNNING,
    /** A special procedure (特别程序, 许可法 Art. 45) has stopped the clock. */
    STOPPED,
    /** Finally decided, refused, withdrawn or ended: nothing is due any more. */
    ENDED;

    private static final Set<String> NOT_STARTED_STATES = Set.of("RECEIVED", "CORRECTED_ON_SPOT", "NEEDS_SUPPLEMENT");
    private static final Set<String> RUNNING_STATES = Set.of("DEEMED_ACCEPTED", "ACCEPTED", "ACCEPTED_DEFERRED",
            "IN_REVIEW", "EXTENDED");
    private static final String STOPPED_STATE = "SPECIAL_PROCEDURE";

    /**
     * Returns the phase of a case state by its name (the {@code cases.state} column); every other state is final.
     *
     * @throws IllegalArgumentException for null
     */
    public static ClockPhase ofState(String state) {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        if (RUNNING_STATES.contains(state)) {
            return RUNNING;
        }
        if (STOPPED_STATE.equals(state)) {
            return STOPPED;
        }
        return NOT_STARTED_STATES.contains(state) ? NOT_STARTED : ENDED;
    }

    /** The state names whose clock runs or is stopped: the cases a sweep has to judge. */
    public static Set<String> clockStates() {
        return Set.of("DEEMED_ACCEPTED", "ACCEPTED", "ACCEPTED_DEFERRED", "IN_REVIEW", "EXTENDED", STOPPED_STATE);
    }
}
