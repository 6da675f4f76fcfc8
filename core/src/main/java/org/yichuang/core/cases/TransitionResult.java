package org.yichuang.core.cases;

import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The answer of {@link CaseTransitions#apply}: the new state, or the stable reason it was refused.
 *
 * @param to      null when refused
 * @param refusal null when allowed; TRANSITION_NOT_ALLOWED or TRANSITION_ROLE_FORBIDDEN
 */
public record TransitionResult(CaseState to, ErrorCode refusal) {
    static TransitionResult allowed(CaseState to) {
        return new TransitionResult(to, null);
    }

    static TransitionResult refused(ErrorCode reason) {
        return new TransitionResult(null, reason);
    }

    /** Returns true when the transition may be made. */
    public boolean isAllowed() {
        return refusal == null;
    }

    /**
     * Returns the new state.
     *
     * @throws DomainException with the refusal's code and a message naming the state and action
     */
    public CaseState orThrow(CaseState from, CaseAction action) {
        if (refusal == null) {
            return to;
        }
        String message = refusal == ErrorCode.TRANSITION_ROLE_FORBIDDEN
                ? "您的岗位不能对办件执行“" + action.label() + "”。"
                : "办件当前状态为“" + from.label() + "”，不能执行“" + action.label() + "”。";
        throw new DomainException(refusal, message);
    }
}
