package org.yichuang.core.error;

import java.util.List;

/**
 * The JSON body of every error answer: a stable {@code code}, a Chinese {@code message} and, for inputs checked as a
 * whole (catalog imports), every located {@code problem}.
 */
public record ErrorResponse(String code, String message, List<Problem> problems) {

    /** Copies the list; an answer without details carries an empty list. */
    public ErrorResponse {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An answer without located problems. */
    public ErrorResponse(String code, String message) {
        this(code, message, List.of());
    }

    /** Returns the response for a code with its default message. */
    public static ErrorResponse of(ErrorCode code) {
        return new ErrorResponse(code.name(), code.defaultMessage());
    }

    /** Returns the response for a domain failure, keeping its specific message and problems. */
    public static ErrorResponse of(DomainException e) {
        return new ErrorResponse(e.code().name(), e.getMessage(), e.problems());
    }
}
