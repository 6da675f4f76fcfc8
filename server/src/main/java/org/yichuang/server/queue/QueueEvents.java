package org.yichuang.server.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.queue.CallAnnouncement;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.queue.TicketStatus;

/**
 * Writes one {@code queue_events} row per step of a ticket, in the step's transaction: the daily logs' times and the
 * live stream both read it. The payload is what a board may show: number, category, counter — never a person.
 */
public final class QueueEvents {
    private final ObjectMapper json;
    private final QueueChanges changes;

    /** Writes payloads with {@code json}; tells {@code changes} of each write. */
    public QueueEvents(ObjectMapper json, QueueChanges changes) {
        this.json = json;
        this.changes = changes;
    }

    void record(Handle h, String kind, TicketRow t, Integer counterNo, Long staffId, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", t.number());
        payload.put("category", t.categoryCode());
        payload.put("status", t.status().name());
        if (counterNo != null) {
            payload.put("counterNo", counterNo);
        }
        if (t.targetCounterNo() != null && t.status() == TicketStatus.WAITING) {
            // a ticket sent to one counter waits for that counter only (the daily figures' idle time needs to know)
            payload.put("targetCounterNo", t.targetCounterNo());
        }
        if (kind.equals("CALLED") || kind.equals("RECALLED")) {
            CallAnnouncement a = CallAnnouncement.of(TicketNumber.parse(t.number()), String.valueOf(counterNo));
            payload.put("announcement", a.text());
            payload.put("segments", a.segments());
        }
        h.attach(TicketDao.class).insertEvent(t.hallId(), at, kind, t.id(), counterNo, staffId, write(payload));
        changes.wrote(h);
    }

    void recordCounter(Handle h, long hallId, String kind, int counterNo, long staffId, Instant at) {
        h.attach(TicketDao.class).insertEvent(hallId, at, kind, null, counterNo, staffId,
                write(Map.of("counterNo", counterNo)));
        changes.wrote(h);
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
