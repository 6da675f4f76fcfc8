package org.yichuang.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Reads bodies under a size cap, counting real bytes: a missing or false Content-Length changes nothing. A few paths
 * (catalog import) have a larger cap of their own.
 */
public final class RequestBodies {
    private final ObjectMapper mapper;
    private final long maxBytes;
    private final Map<String, Long> pathCaps;

    /** Reads with the mapper, refusing bodies over {@code maxBytes}. */
    public RequestBodies(ObjectMapper mapper, long maxBytes) {
        this(mapper, maxBytes, Map.of());
    }

    /**
     * Reads with the mapper, refusing bodies over {@code maxBytes}, or over the cap given for the exact request path.
     */
    public RequestBodies(ObjectMapper mapper, long maxBytes, Map<String, Long> pathCaps) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.pathCaps = Map.copyOf(pathCaps);
    }

    /** Refuses a request whose declared length is over the cap, before anything is read. */
    public void checkDeclaredLength(Context ctx) {
        if (ctx.req().getContentLengthLong() > capFor(ctx)) {
            throw new DomainException(ErrorCode.REQUEST_TOO_LARGE);
        }
    }

    /** Returns the raw body; empty → MALFORMED_REQUEST, too big → REQUEST_TOO_LARGE. */
    public byte[] readBytes(Context ctx) {
        checkDeclaredLength(ctx);
        return readCapped(ctx);
    }

    private long capFor(Context ctx) {
        return pathCaps.getOrDefault(ctx.path(), maxBytes);
    }

    /**
     * Parses the body as {@code type}; not {@code application/json} → UNSUPPORTED_MEDIA_TYPE, null or wrong shape →
     * MALFORMED_REQUEST, a control character in a text → TEXT_CONTROL_CHARACTER, too big → REQUEST_TOO_LARGE.
     */
    public <T> T read(Context ctx, Class<T> type) {
        checkDeclaredLength(ctx);
        checkJson(ctx.contentType());
        byte[] bytes = readCapped(ctx);
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new DomainException(ErrorCode.MALFORMED_REQUEST);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw Json.failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JSON body must say so: a form or text/plain post (what a browser sends cross-site without asking) is refused
     * before it is parsed, and so is JSON declared in a charset other than UTF-8.
     */
    static void checkJson(String contentType) {
        if (contentType == null) {
            throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset") && (param.length < 2
                    || !param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            }
        }
    }

    private byte[] readCapped(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            long cap = capFor(ctx);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw new DomainException(ErrorCode.REQUEST_TOO_LARGE);
            }
            if (bytes.length == 0) {
                throw new DomainException(ErrorCode.MALFORMED_REQUEST);
            }
            return bytes;
        } catch (IOException e) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
    }
}
