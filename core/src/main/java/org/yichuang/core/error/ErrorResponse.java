package org.yichuang.core.error;

/** The JSON body of every error answer: a stable {@code code} and a Chinese {@code message}. */
public record ErrorResponse(String code, String message) {

    /** Returns the response for a code with its default message. */
    public static ErrorResponse of(ErrorCode code) {
        return new ErrorResponse(code.name(), code.defaultMessage());
    }

    /** Returns the response for a domain failure, keeping its specific message. */
    public static ErrorResponse of(DomainException e) {
        return new ErrorResponse(e.code().name(), e.getMessage());
    }
}
