package org.yichuang.server.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string holds a control character; answered as 400 TEXT_CONTROL_CHARACTER naming the field. */
final class InvalidTextException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    InvalidTextException(JsonParser p) {
        // the text itself stays out: it may be a name or an ID number
        super(p, "control character in text");
    }
}
