package org.yichuang.server.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.yichuang.core.text.ControlCharacters;

/**
 * Reads every {@code String} of every request: only a JSON string is text (a number or boolean is refused, not
 * turned into text), and text with a control character is refused before any rule or database sees it.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {
    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (ControlCharacters.presentIn(text)) {
            throw new InvalidTextException(p);
        }
        return text;
    }
}
