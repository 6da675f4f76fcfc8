package org.yichuang.core.error;

import java.util.List;

/**
 * A rule was broken; carries a stable {@link ErrorCode}, a Chinese message safe to show staff and, when a whole input
 * was checked at once, every located {@link Problem}.
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<Problem> problems;

    /** Creates the exception with the code's default message. */
    public DomainException(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    /** Creates the exception with a more specific Chinese message (never containing personal data). */
    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    /** Creates the exception listing every problem found in the input. */
    public DomainException(ErrorCode code, String message, List<Problem> problems) {
        super(message);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** Returns the stable error code. */
    public ErrorCode code() {
        return code;
    }

    /** Returns the located problems; empty unless a whole input was checked. */
    public List<Problem> problems() {
        return problems;
    }
}
