package org.yichuang.server.queue.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.queue.CallAnnouncement;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueDay;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallRow;
import org.yichuang.server.queue.QueueSettingsService;
import org.yichuang.server.queue.TicketDao;

/** The display board's state: latest calls and waiting counts of the queue day, nothing personal. */
public final class BoardService {
    /** Calls a board shows: the newest large, the rest as a list. */
    static final int CALLS = 8;

    private final Jdbi jdbi;
    private final QueueSettingsService settings;
    private final Clock clock;
    private final LongSupplier streamPosition;

    /**
     * @param streamPosition an event id up to which the live stream has passed every event (read first, so that the
     *                       state read after it misses nothing the stream will not send)
     */
    public BoardService(Jdbi jdbi, QueueSettingsService settings, Clock clock, LongSupplier streamPosition) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.clock = clock;
        this.streamPosition = streamPosition;
    }

    /** Returns the board's state now. */
    public BoardState state() {
        long position = streamPosition.getAsLong();
        QueueSettings s = settings.current().settings();
        return jdbi.withHandle(h -> {
            HallRow hall = h.attach(HallDao.class).firstHall().orElseThrow();
            LocalDate day = QueueDay.of(clock.instant(), hall.zone(), s.dayReset());
            Map<String, Integer> counts = new HashMap<>();
            h.attach(TicketDao.class).waitingCounts(hall.id(), day)
                    .forEach(w -> counts.put(w.categoryCode(), w.waiting()));
            List<BoardState.Waiting> waiting = s.categories().stream().filter(QueueCategory::active)
                    .map(c -> new BoardState.Waiting(c.code(), String.valueOf(c.prefix()), c.name(), counts.getOrDefault(c.code(), 0))).toList();
            List<BoardCall> calls = h.attach(BoardDao.class).latestCalls(hall.id(), day, CALLS).stream()
                    .map(BoardService::said).toList();
            return new BoardState(hall.name(), position, calls, waiting);
        });
    }

    /** The call with the sentence the board says for it (as the live stream adds it). */
    private static BoardCall said(BoardDao.Call c) {
        String announcement = c.counterNo() == null ? null
                : CallAnnouncement.of(TicketNumber.parse(c.number()), String.valueOf(c.counterNo())).text();
        return new BoardCall(c.eventId(), c.number(), c.category(), c.counterNo(), announcement, c.at());
    }
}
