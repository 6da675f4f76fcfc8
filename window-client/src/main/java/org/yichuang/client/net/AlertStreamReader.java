package org.yichuang.client.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.CaseAlertEvent;

/**
 * Reads {@code GET /api/alerts/stream} (server-sent events) through {@link EventStreamReader}: {@code data:} lines
 * hold the JSON of a {@link CaseAlertEvent} (whose id is the SSE id).
 */
final class AlertStreamReader implements AlertSubscription {
    private final EventStreamReader reader;

    private AlertStreamReader(EventStreamReader reader) {
        this.reader = reader;
    }

    static AlertSubscription open(HttpClient http, URI baseUrl, Duration timeout, String token, String lastEventId,
            ObjectMapper json, Listener listener) {
        return new AlertStreamReader(EventStreamReader.open(http, URI.create(baseUrl + "/api/alerts/stream"), timeout,
                token, lastEventId, "yichuang-alert-stream", new EventStreamReader.Frames() {
                    @Override
                    public void opened() {
                        listener.opened();
                    }

                    @Override
                    public void frame(String id, String event, String data) throws IOException {
                        CaseAlertEvent e = json.readValue(data, CaseAlertEvent.class);
                        // the SSE id is the resume position; the JSON repeats it, but an older server may not
                        listener.event(e.id() == 0 && id != null ? new CaseAlertEvent(Long.parseLong(id),
                                e.caseNo(), e.oldLevel(), e.newLevel(), e.newLabel(), e.reason(), e.at()) : e);
                    }

                    @Override
                    public void dropped(Throwable cause) {
                        listener.dropped(cause);
                    }
                }));
    }

    @Override
    public void close() {
        reader.close();
    }
}
