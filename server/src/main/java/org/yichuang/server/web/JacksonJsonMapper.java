package org.yichuang.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import org.jetbrains.annotations.NotNull;

/** Lets Javalin write answers with the API's {@link ObjectMapper}. */
public final class JacksonJsonMapper implements JsonMapper {
    private final ObjectMapper mapper;

    /** Wraps the mapper. */
    public JacksonJsonMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @NotNull
    @Override
    public String toJsonString(@NotNull Object obj, @NotNull Type type) {
        try {
            return mapper.writerFor(mapper.constructType(type)).writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer not serialisable: " + obj.getClass().getName(), e);
        }
    }

    @NotNull
    @Override
    public <T> T fromJsonString(@NotNull String json, @NotNull Type targetType) {
        try {
            return mapper.readValue(json, mapper.constructType(targetType));
        } catch (JsonProcessingException e) {
            throw Json.failure(e);
        }
    }
}
