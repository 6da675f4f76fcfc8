package org.yichuang.client.queue.settings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yichuang.core.queue.IssuingWindow;

/**
 * A category's issuing windows as one editable line ({@code 08:30–12:00，13:00–17:30}): typed with any dash, a comma
 * or a Chinese comma between windows, half- or full-width colon. Whether the windows make sense is core's rule; this
 * only reads times.
 */
final class WindowsText {
    private WindowsText() {
    }

    /** Returns the windows as shown. */
    static String format(List<IssuingWindow> windows) {
        return windows.stream().map(IssuingWindow::toString).collect(Collectors.joining("，"));
    }

    /** Returns the windows typed, or empty when a time cannot be read. */
    static Optional<List<IssuingWindow>> parse(String text) {
        List<IssuingWindow> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Optional.of(out);
        }
        for (String part : text.replace('：', ':').split("[,，;；、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("[-–—~～至]+");
            if (ends.length != 2) {
                return Optional.empty();
            }
            Optional<LocalTime> from = time(ends[0]);
            Optional<LocalTime> to = time(ends[1]);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            out.add(new IssuingWindow(from.get(), to.get()));
        }
        return Optional.of(out);
    }

    /** Reads {@code 8:30}, {@code 08:30} or {@code 0830}. */
    static Optional<LocalTime> time(String raw) {
        String s = raw.strip().replace('：', ':');
        if (s.matches("\\d{3,4}")) {
            s = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
        }
        if (s.matches("\\d:\\d{2}")) {
            s = "0" + s;
        }
        try {
            return Optional.of(LocalTime.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
