package org.yichuang.server.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Builds the one JSON configuration of the API: ISO-8601 instants, enums by name, and strict reading. A number is
 * never a string nor a string a number, {@code 1.5} is not an int, a key twice is refused, unknown fields are
 * refused, and no text holds a control character.
 */
public final class Json {
    private Json() {
    }

    /** Returns a new mapper configured for the API. */
    public static ObjectMapper newObjectMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("strict-text").addDeserializer(String.class, new StrictStringDeserializer()))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // "1" is not a number, 1 is not a boolean, 1.5 is not a whole number: no scalar turns into another kind
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Returns what a body that failed to read is answered with: TEXT_CONTROL_CHARACTER naming the field, or
     * MALFORMED_REQUEST. Never the parser's message, which can quote the body.
     */
    public static RuntimeException failure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidTextException invalid) {
                return new DomainException(ErrorCode.TEXT_CONTROL_CHARACTER, "字段 " + field(invalid)
                        + " 含有不可见的控制字符（如 NUL），请删除后重新提交。");
            }
        }
        return new MalformedBodyException(e);
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        // a field name is the caller's own text too: show it only when it is a plain identifier
        return path.matches("[A-Za-z0-9_.\\[\\]]{1,100}") ? path : "（未知）";
    }
}
