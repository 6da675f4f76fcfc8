package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/**
 * Tickets (排队号). Every change is one guarded {@code UPDATE … RETURNING}: it names the hall, the states it may start
 * from and the counter that may make it, so a stale screen changes nothing and learns why from {@link #find}. A
 * counter's step writes its queue event in the same statement (V30), so it is one round trip, committed whole or not
 * at all, and needs no transaction around it.
 */
@UseClasspathSqlLocator
@RegisterRecordMapper(TicketRow.class)
public interface TicketDao {
    /** Takes the day's next sequence of a category; rolled back with the issue, so printed numbers have no gaps. */
    @SqlQuery
    int nextSequence(long hallId, LocalDate day, String category);

    @SqlQuery
    TicketRow insert(long hallId, LocalDate day, String category, int sequence, String number,
            String priorityReason, byte[] personKey, Instant at, Long staffId);

    @SqlQuery
    Optional<TicketRow> find(long id);

    /** The ticket of a phone page's token. */
    @SqlQuery
    Optional<TicketRow> findByToken(long hallId, String token);

    @SqlQuery
    Optional<TicketRow> findByNumber(long hallId, LocalDate day, String number);

    /** The number of the person's active ticket of the category, if any. */
    @SqlQuery
    Optional<String> activeNumberOf(long hallId, LocalDate day, String category, byte[] personKey);

    /** Waiting tickets of the category ahead of this waiting one in its queue. */
    @SqlQuery
    int peopleAhead(@BindMethods TicketRow ticket);

    /** The ticket the counter has called or serves now. */
    @SqlQuery
    Optional<TicketRow> current(long hallId, LocalDate day, int counterNo);

    /**
     * Calls the counter's next ticket: tickets transferred to this counter first, then priority (where the counter
     * may call it), then the longest wait times the category's weight; {@code SKIP LOCKED} so that concurrent calls
     * take different tickets and never wait for each other.
     */
    @SqlQuery
    Optional<TicketRow> callNext(long hallId, LocalDate day, int counterNo, @Bind("categories") String[] categories,
            @Bind("weights") int[] weights, @Bind("priorityCounter") boolean[] priorityCounter, boolean dedicated,
            Instant at, long staffId);

    /** Calls one waiting ticket by id (指定叫号); empty when another counter called it first. */
    @SqlQuery
    Optional<TicketRow> callWaiting(long id, long hallId, int counterNo, Instant at, long staffId);

    @SqlQuery
    Optional<TicketRow> recall(long id, long hallId, int counterNo, Instant at, long staffId);

    @SqlQuery
    Optional<TicketRow> start(long id, long hallId, int counterNo, Instant at, long staffId);

    @SqlQuery
    Optional<TicketRow> finish(long id, long hallId, int counterNo, Instant at, long staffId);

    @SqlQuery
    Optional<TicketRow> markMissed(long id, long hallId, int counterNo, Instant at, long staffId);

    /** Puts a missed ticket back at the end of its queue with its number (过号重排). */
    @SqlQuery
    Optional<TicketRow> requeue(long id, Instant at);

    /** 挂起 until {@code until}. */
    @SqlQuery
    Optional<TicketRow> hold(long id, long hallId, int counterNo, Instant at, Instant until, long staffId);

    /** Held tickets whose time is up return to the counter that held them, at their old place. */
    @SqlQuery
    List<TicketRow> releaseHeld(long hallId, Instant at);

    @SqlQuery
    Optional<TicketRow> transfer(long id, long hallId, int counterNo, String category, Integer targetCounterNo,
            Instant at, long staffId);

    /** Closes what earlier queue days left open (日终关闭), with a reason and an event each; returns how many. */
    @SqlUpdate
    int closeDaysBefore(long hallId, LocalDate day, Instant at);

    /** Waiting tickets per category of the day. */
    @SqlQuery
    @RegisterRecordMapper(WaitingCount.class)
    List<WaitingCount> waitingCounts(long hallId, LocalDate day);

    /** The event of a step that is more than one statement (issuing), written in its transaction. */
    @SqlUpdate
    void insertEvent(@BindMethods("t") TicketRow ticket, String kind, Integer counterNo, Long staffId, Instant at);

    @SqlQuery
    Optional<Boolean> paused(long hallId, int counterNo);

    /** 暂停服务 / 恢复服务, with its event. */
    @SqlUpdate
    void setPaused(long hallId, int counterNo, boolean paused, Instant at, long staffId);

    /** A category's waiting count. */
    record WaitingCount(String categoryCode, int waiting) {
    }
}
