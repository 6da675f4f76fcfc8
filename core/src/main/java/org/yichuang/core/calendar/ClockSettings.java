package org.yichuang.core.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A hall's clock settings: the time a due day ends and the office hours hour limits run over.
 *
 * @param cutoff      end of a due day (停止业务活动的时间, 民法典 Art. 203), or {@code null} for 24:00
 * @param officeHours the day's office hours in order, not overlapping
 */
public record ClockSettings(LocalTime cutoff, List<OfficeHours> officeHours) {
    /** The product's default office hours, as in the halls table. */
    public static final String DEFAULT_OFFICE_HOURS = "09:00-12:00,13:30-17:30";

    /** Validates the parts. */
    public ClockSettings {
        officeHours = List.copyOf(officeHours);
        if (officeHours.isEmpty()) {
            throw new DomainException(ErrorCode.OFFICE_HOURS_INVALID, "办公时间不能为空。");
        }
        for (int i = 1; i < officeHours.size(); i++) {
            if (officeHours.get(i).start().isBefore(officeHours.get(i - 1).end())) {
                throw new DomainException(ErrorCode.OFFICE_HOURS_INVALID,
                        "办公时间 " + officeHours.get(i - 1) + " 与 " + officeHours.get(i) + " 重叠或顺序颠倒。");
            }
        }
    }

    /** 24:00 cut-off and the default office hours. */
    public static ClockSettings standard() {
        return new ClockSettings(null, parseOfficeHours(DEFAULT_OFFICE_HOURS));
    }

    /** Settings from the halls table's columns: cut-off (nullable) and office hours text. */
    public static ClockSettings of(LocalTime cutoff, String officeHours) {
        return new ClockSettings(cutoff, parseOfficeHours(officeHours));
    }

    /** Parses {@code 09:00-12:00,13:30-17:30}; refuses anything else with OFFICE_HOURS_INVALID. */
    public static List<OfficeHours> parseOfficeHours(String text) {
        List<OfficeHours> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new DomainException(ErrorCode.OFFICE_HOURS_INVALID, "办公时间不能为空。");
        }
        for (String part : text.split("[,，]")) {
            String[] ends = part.strip().split("-");
            try {
                if (ends.length != 2) {
                    throw new IllegalArgumentException();
                }
                list.add(new OfficeHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new DomainException(ErrorCode.OFFICE_HOURS_INVALID,
                        "办公时间“" + part.strip() + "”格式不正确，应如 09:00-12:00，且结束晚于开始。");
            }
        }
        return list;
    }

    /** Returns the office minutes of one working day. */
    public int minutesPerDay() {
        int m = 0;
        for (OfficeHours h : officeHours) {
            m += h.minutes();
        }
        return m;
    }

    /** Renders the office hours as stored: {@code 09:00-12:00,13:30-17:30}. */
    public String officeHoursText() {
        return officeHours.stream().map(OfficeHours::toString).collect(Collectors.joining(","));
    }
}
