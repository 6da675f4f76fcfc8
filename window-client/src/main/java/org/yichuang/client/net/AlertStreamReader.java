package org.yichuang.client.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

/**
 * Reads {@code GET /api/alerts/stream} (server-sent events) on its own daemon thread: {@code data:} lines hold the
 * JSON of a {@link CaseAlertEvent} (whose id is the SSE id); comments (heartbeats) are skipped.
 */
final class AlertStreamReader implements AlertSubscription {
    private final Thread thread;
    private volatile boolean closed;
    private volatile InputStream body;

    private AlertStreamReader(HttpClient http, HttpRequest request, ObjectMapper json, Listener listener) {
        this.thread = new Thread(() -> run(http, request, json, listener), "yichuang-alert-stream");
        thread.setDaemon(true);   // the stream never ends by itself; it must not keep the client alive
    }

    static AlertSubscription open(HttpClient http, URI baseUrl, Duration timeout, String token, String lastEventId,
            ObjectMapper json, Listener listener) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/api/alerts/stream"))
                .timeout(timeout)   // until the answer's headers only; the body may stay open for hours
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        AlertStreamReader reader = new AlertStreamReader(http, b.build(), json, listener);
        reader.thread.start();
        return reader;
    }

    private void run(HttpClient http, HttpRequest request, ObjectMapper json, Listener listener) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            if (closed) {
                body.close();
                return;
            }
            if (response.statusCode() != 200) {
                byte[] error = body.readAllBytes();
                throw HttpHallApi.toApiException(response.statusCode(), error);
            }
            listener.opened();
            read(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), json, listener);
            if (!closed) {
                listener.dropped(new ApiException(ErrorCode.SERVER_UNREACHABLE, "推送连接已被服务器关闭。", 0));
            }
        } catch (InterruptedException e) {
            // closed by us
        } catch (IOException e) {
            if (!closed) {
                listener.dropped(new ApiException(ErrorCode.SERVER_UNREACHABLE,
                        ErrorCode.SERVER_UNREACHABLE.defaultMessage(), 0));
            }
        } catch (RuntimeException e) {
            if (!closed) {
                listener.dropped(e);
            }
        }
    }

    private void read(BufferedReader in, ObjectMapper json, Listener listener) throws IOException {
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    CaseAlertEvent e = json.readValue(data.toString(), CaseAlertEvent.class);
                    // the SSE id is the resume position; the JSON repeats it, but an older server may not
                    listener.event(e.id() == 0 && id != null ? new CaseAlertEvent(Long.parseLong(id), e.caseNo(),
                            e.oldLevel(), e.newLevel(), e.newLabel(), e.reason(), e.at()) : e);
                }
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(5).strip());
            }
            // "event:", "retry:" and ":" comments (heartbeats) carry nothing the client needs
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        InputStream b = body;
        if (b != null) {
            try {
                b.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
