package org.yichuang.server.guide;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yichuang.core.api.VersionedItem;

/**
 * The 版本 N · 更新于 yyyy年M月d日 line: an applicant holding a printed guide compares it with the page. Dates are
 * Beijing time whatever the server's zone, since a change effective at midnight must not read as the day before.
 */
final class VersionLine {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA)
            .withZone(BEIJING);

    String of(VersionedItem version) {
        return "版本 " + version.version() + " · 更新于 " + date(version.effectiveFrom());
    }

    String date(Instant instant) {
        return DATE.format(instant);
    }
}
