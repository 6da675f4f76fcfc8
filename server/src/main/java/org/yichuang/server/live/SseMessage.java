package org.yichuang.server.live;

/**
 * One server-sent event as written to the wire.
 *
 * @param name the {@code event:} field
 * @param data the {@code data:} field (one line of JSON)
 * @param id   the {@code id:} field: the event's id, which a reconnecting client sends back as Last-Event-ID
 */
public record SseMessage(String name, String data, long id) {
}
