package org.yichuang.core.calendar.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.calendar.CalendarVersion;
import org.yichuang.core.calendar.WorkCalendar;

/**
 * The official schedules shipped with the product (2024–2026), read from the classpath — never from outside the
 * product at run time. The server stores them as calendar version 1.
 */
public final class ShippedCalendar {
    /** Classpath location of the shipped CSV. */
    public static final String RESOURCE = "/org/yichuang/core/calendar/cn-holidays-2024-2026.csv";
    /** The version the shipped schedule is installed as. */
    public static final CalendarVersion VERSION = new CalendarVersion(1,
            "国务院办公厅部分节假日安排通知：2024年（国办发明电〔2023〕7号）、2025年（国办发明电〔2024〕12号）、2026年（2025年11月4日发布），随软件发布",
            Instant.parse("2023-10-25T00:00:00Z"));

    private ShippedCalendar() {
    }

    /** Reads the shipped schedule. */
    public static CalendarSchedule load() {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped calendar missing from the classpath: " + RESOURCE);
            }
            return CalendarFiles.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the shipped calendar (version 1). */
    public static WorkCalendar calendar() {
        return new WorkCalendar(VERSION, load());
    }
}
