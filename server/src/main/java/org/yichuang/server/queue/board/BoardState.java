package org.yichuang.server.queue.board;

import java.util.List;

/**
 * What a display board shows when it (re)loads; it then follows the public stream from {@code lastEventId}.
 *
 * @param lastEventId every event up to this id is reflected here; later ones come on the stream (some may be
 *                    reflected too: a board treats a call it already shows as the same call)
 * @param calls       the latest calls, newest first
 * @param waiting     the waiting count of every active category, in the hall's order
 */
public record BoardState(String hall, long lastEventId, List<BoardCall> calls, List<Waiting> waiting) {
    /** One category's waiting tickets. */
    public record Waiting(String category, String prefix, String name, int waiting) {
    }
}
