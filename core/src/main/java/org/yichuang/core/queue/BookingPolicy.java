package org.yichuang.core.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.yichuang.core.calendar.WorkCalendar;

/**
 * The booking rules (预约; RULES.md §8.2 [W37]): a slot from the next day to a few working days ahead, real name,
 * cancellation up to a time before the slot, and applicants who repeatedly do not come lose the right for a while.
 *
 * @param maxWorkingDaysAhead the last bookable day, in working days after today; 5 by default
 * @param cancelBefore        how long before its slot a booking may still be cancelled; 2 hours by default
 * @param noShowsForBan       how many missed bookings within {@code noShowWindow} take the right away; 3 by default
 * @param noShowWindow        the period the missed bookings are counted over; 180 days by default
 * @param banPeriod           how long the right is lost, from the last missed booking; 90 days by default
 */
public record BookingPolicy(int maxWorkingDaysAhead, Duration cancelBefore, int noShowsForBan, Period noShowWindow,
        Period banPeriod) {
    /** The defaults named above. */
    public static final BookingPolicy DEFAULT = new BookingPolicy(5, Duration.ofHours(2), 3, Period.ofDays(180),
            Period.ofDays(90));

    /**
     * Returns the days a slot may be booked on, made today: working days (the hall is open) from tomorrow to the
     * {@code maxWorkingDaysAhead}-th working day after today, 调休 days included.
     */
    public List<LocalDate> bookableDays(LocalDate today, WorkCalendar calendar) {
        LocalDate last = calendar.plusWorkingDays(today, maxWorkingDaysAhead);
        return today.plusDays(1).datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).toList();
    }

    /** Returns true when a slot starting at {@code slotStart} may still be cancelled at {@code now}. */
    public boolean mayCancel(LocalDateTime slotStart, LocalDateTime now) {
        return !now.isAfter(slotStart.minus(cancelBefore));
    }

    /**
     * Returns the day until which an applicant may not book (exclusive), or null when they may: {@code missedDays} are
     * the days of their missed bookings, in any order.
     */
    public LocalDate bannedUntil(List<LocalDate> missedDays, LocalDate today) {
        LocalDate since = today.minus(noShowWindow);
        List<LocalDate> recent = missedDays.stream().filter(d -> d.isAfter(since)).sorted().toList();
        if (recent.size() < noShowsForBan) {
            return null;
        }
        LocalDate until = recent.get(recent.size() - 1).plus(banPeriod).plusDays(1);
        return until.isAfter(today) ? until : null;
    }
}
