package org.yichuang.core.error;

/** A rule was broken; carries a stable {@link ErrorCode} and a Chinese message safe to show staff. */
public class DomainException extends RuntimeException {
    private final ErrorCode code;

    /** Creates the exception with the code's default message. */
    public DomainException(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    /** Creates the exception with a more specific Chinese message (never containing personal data). */
    public DomainException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** Returns the stable error code. */
    public ErrorCode code() {
        return code;
    }
}
