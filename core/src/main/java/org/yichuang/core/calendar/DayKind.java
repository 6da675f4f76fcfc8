package org.yichuang.core.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a calendar file says about one date that differs from Monday-to-Friday. */
public enum DayKind {
    /** 法定节假日 (official day off, including 补假). CSV {@code off}. */
    OFF("off"),
    /** 调休上班 (make-up working day on a weekend). CSV {@code work}. */
    WORK("work"),
    /** 地方休息日 (regional day off, e.g. 广西 三月三). CSV {@code regional}. */
    REGIONAL_OFF("regional");

    private final String csv;

    DayKind(String csv) {
        this.csv = csv;
    }

    /** Returns the word used in the CSV file. */
    public String csv() {
        return csv;
    }

    /** Reads the CSV word, case-insensitively. */
    public static Optional<DayKind> fromCsv(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (DayKind k : values()) {
            if (k.csv.equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
