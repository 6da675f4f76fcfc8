package org.yichuang.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.ErrorResponse;

/**
 * Jetty's own answers (a bad request line, a URI over 8 KB, headers too large) in our JSON error format instead of
 * Jetty's HTML page, which echoes the URI back. The client branches on the code, whatever refused the request.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    /** Writes the answers with the API's mapper. */
    public JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refused) {
            status = refused.getCode();
            response.setStatus(status);
        }
        var headers = response.getHeaders();
        SecurityHeaders.common(headers::put);
        headers.put("Cache-Control", "no-store");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        ErrorCode code = StatusCodes.forStatus(status, true);
        byte[] body = mapper.writeValueAsBytes(new ErrorResponse(code.name(), code.defaultMessage()));
        headers.put("Content-Type", "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
