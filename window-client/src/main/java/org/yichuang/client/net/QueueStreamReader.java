package org.yichuang.client.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.yichuang.core.api.queue.QueueStreamEvent;
import org.yichuang.core.api.queue.QueueSubscription;

/**
 * Reads {@code GET /api/queue/events} through {@link EventStreamReader}: the SSE {@code id} is the event's id, the
 * {@code event} its kind, {@code data} its JSON payload (number, category, status, counterNo, at).
 */
final class QueueStreamReader implements QueueSubscription {
    private final EventStreamReader reader;

    private QueueStreamReader(EventStreamReader reader) {
        this.reader = reader;
    }

    static QueueSubscription open(HttpClient http, URI baseUrl, Duration timeout, String token, String lastEventId,
            ObjectMapper json, Listener listener) {
        return new QueueStreamReader(EventStreamReader.open(http, URI.create(baseUrl + "/api/queue/events"), timeout,
                token, lastEventId, "yichuang-queue-stream", new EventStreamReader.Frames() {
                    @Override
                    public void opened() {
                        listener.opened();
                    }

                    @Override
                    public void frame(String id, String event, String data) throws IOException {
                        listener.event(parse(json, id, event, data));
                    }

                    @Override
                    public void dropped(Throwable cause) {
                        listener.dropped(cause);
                    }
                }));
    }

    static QueueStreamEvent parse(ObjectMapper json, String id, String event, String data) throws IOException {
        JsonNode d = json.readTree(data);
        long eventId = id != null ? Long.parseLong(id) : d.path("id").asLong();
        String kind = event != null ? event : text(d, "kind");
        String at = text(d, "at");
        return new QueueStreamEvent(eventId, kind, text(d, "number"), text(d, "category"), text(d, "status"),
                d.hasNonNull("counterNo") ? d.get("counterNo").asInt() : null, at == null ? null : Instant.parse(at));
    }

    private static String text(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asText() : null;
    }

    @Override
    public void close() {
        reader.close();
    }
}
