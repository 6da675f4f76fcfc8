package org.yichuang.server.guide;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.yichuang.core.api.VersionedItem;

/**
 * The 版本 N · 更新于 yyyy年M月d日 line: an applicant holding a printed guide compares it with the page. Dates are days
 * of the hall's time zone (halls.zone_id) whatever the server's zone, since a change effective at midnight must not
 * read as the day before; the zone is read per page, so a hall registered or moved later is followed at once.
 */
final class VersionLine {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private final Supplier<ZoneId> hallZone;

    VersionLine(Supplier<ZoneId> hallZone) {
        this.hallZone = Objects.requireNonNull(hallZone, "hallZone");
    }

    String of(VersionedItem version) {
        return "版本 " + version.version() + " · 更新于 " + date(version.effectiveFrom());
    }

    String date(Instant instant) {
        return DATE.format(instant.atZone(hallZone.get()));
    }
}
