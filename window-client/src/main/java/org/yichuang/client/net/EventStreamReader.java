package org.yichuang.client.net;

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
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

/**
 * Reads one server-sent-events stream on its own daemon thread and hands each complete frame ({@code id},
 * {@code event}, the joined {@code data} lines) to {@link Frames}; comments (heartbeats) are skipped. Shared by the
 * 红黄牌 stream and the hall queue's stream.
 */
final class EventStreamReader implements AutoCloseable {
    /** Told about the stream, on its own thread. */
    interface Frames {
        /** The server answered 200; frames follow. */
        void opened();

        /** One frame with data; {@code id} and {@code event} are null when the frame had none. */
        void frame(String id, String event, String data) throws IOException;

        /** The stream ended by itself; never after {@link #close()}. */
        void dropped(Throwable cause);
    }

    private final Thread thread;
    private volatile boolean closed;
    private volatile InputStream body;

    private EventStreamReader(HttpClient http, HttpRequest request, String threadName, Frames frames) {
        this.thread = new Thread(() -> run(http, request, frames), threadName);
        thread.setDaemon(true);   // the stream never ends by itself; it must not keep the client alive
    }

    /** Starts reading {@code url}; returns at once. */
    static EventStreamReader open(HttpClient http, URI url, Duration timeout, String token, String lastEventId,
            String threadName, Frames frames) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .timeout(timeout)   // until the answer's headers only; the body may stay open for hours
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        EventStreamReader reader = new EventStreamReader(http, b.build(), threadName, frames);
        reader.thread.start();
        return reader;
    }

    private void run(HttpClient http, HttpRequest request, Frames frames) {
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
            frames.opened();
            read(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), frames);
            if (!closed) {
                frames.dropped(new ApiException(ErrorCode.SERVER_UNREACHABLE, "推送连接已被服务器关闭。", 0));
            }
        } catch (InterruptedException e) {
            // closed by us
        } catch (IOException e) {
            if (!closed) {
                frames.dropped(new ApiException(ErrorCode.SERVER_UNREACHABLE,
                        ErrorCode.SERVER_UNREACHABLE.defaultMessage(), 0));
            }
        } catch (RuntimeException e) {
            if (!closed) {
                frames.dropped(e);
            }
        }
    }

    private void read(BufferedReader in, Frames frames) throws IOException {
        String id = null;
        String event = null;
        StringBuilder data = new StringBuilder();
        for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    frames.frame(id, event, data.toString());
                }
                data.setLength(0);
                event = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();   // the last id stays in force for later frames (SSE rule)
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                if (data.length() > 0) {
                    data.append('\n');
                }
                data.append(line.substring(5).strip());
            }
            // "retry:" and ":" comments (heartbeats) carry nothing the client needs
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
