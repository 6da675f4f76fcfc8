package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Bookings (预约) and the places their slots hold. */
@UseClasspathSqlLocator
@RegisterRecordMapper(BookingRow.class)
public interface BookingDao {
    @SqlQuery
    Optional<Integer> capacity(long hallId, String category);

    @SqlUpdate
    void setCapacity(long hallId, String category, int capacity, Instant at, Long staffId);

    /** Every places-per-slot set for the hall's categories (those never set run on the default). */
    @SqlQuery
    @RegisterRecordMapper(Capacity.class)
    List<Capacity> capacities(long hallId);

    /** A category's places per slot as set. */
    record Capacity(String categoryCode, int slotCapacity) {
    }

    /** Places taken per slot of the category's days in the range. */
    @SqlQuery
    @RegisterRecordMapper(Fill.class)
    List<Fill> fills(long hallId, String category, LocalDate fromDay, LocalDate toDay);

    /** Takes one place of the slot; empty when it is full. */
    @SqlQuery
    Optional<Integer> takePlace(long hallId, String category, LocalDate day, LocalTime startsAt, int capacity);

    @SqlUpdate
    void releasePlace(long hallId, String category, LocalDate day, LocalTime startsAt);

    @SqlQuery
    BookingRow insert(long hallId, String category, LocalDate day, LocalTime startsAt, LocalTime endsAt,
            byte[] personKey, String name, String phone, Instant at);

    /** The booking of a token, locked for the change that follows. */
    @SqlQuery
    Optional<BookingRow> findByToken(long hallId, String token);

    /** The person's booking of the category on the day that still counts (booked or checked in). */
    @SqlQuery
    Optional<Long> activeOn(long hallId, String category, LocalDate day, byte[] personKey);

    /** The days of the person's missed bookings. */
    @SqlQuery
    List<LocalDate> missedDays(long hallId, byte[] personKey);

    /** The person's open bookings of the day, earliest slot first, locked for the check-in. */
    @SqlQuery
    List<BookingRow> bookedOn(long hallId, LocalDate day, byte[] personKey);

    /** Bookings of the category and day not yet checked in: places the daily cap keeps for them. */
    @SqlQuery
    int heldOn(long hallId, LocalDate day, String category);

    @SqlQuery
    Optional<BookingRow> cancel(long id, Instant at);

    @SqlQuery
    Optional<BookingRow> checkIn(long id, Instant at, Long staffId, long ticketId);

    /** Marks missed bookings of closed queue days and erases those days' names and phones; returns the missed. */
    @SqlQuery
    int closeDaysBefore(long hallId, LocalDate day, Instant at);

    /** Places taken in one slot. */
    record Fill(LocalDate serviceDay, LocalTime startsAt, int booked) {
    }
}
