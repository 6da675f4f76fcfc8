package org.yichuang.server.hall;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yichuang.core.api.HallInfo;

/** The hall as printed on guides and shown on the public guide pages: its name and public address. */
public final class HallService {
    /** The name used before any hall is registered (a server without demo data). */
    public static final String DEFAULT_NAME = "政务服务中心";
    /**
     * The one fallback zone of the system, used only while no hall is registered yet (a fresh server before its first
     * hall): every day boundary otherwise follows the hall's own zone (halls.zone_id). Halls of this system are in
     * China, so Beijing time is the least surprising answer for that short moment.
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final HallDao halls;
    private final Supplier<String> publicBaseUrl;

    /**
     * Reads the hall through the DAO.
     *
     * @param publicBaseUrl the configured public address, or the server's own once it listens
     */
    public HallService(HallDao halls, Supplier<String> publicBaseUrl) {
        this.halls = halls;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * Returns the (first) hall's name, the public address without a trailing slash and whether risky items defer.
     * The address is the hall's own configured one (halls.public_base_url) when it has one, as the notices' status QR
     * code takes it ({@link org.yichuang.server.cases.status.CaseAccess#statusUrl}); else the server's: the 办事指南's
     * QR code and the kiosk's must open where the public can reach them, not the server's LAN address.
     */
    public HallInfo info() {
        Optional<HallRow> hall = halls.firstHall();
        String url = hall.map(HallRow::publicBaseUrl).filter(u -> !u.isBlank()).orElseGet(publicBaseUrl);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return new HallInfo(hall.map(HallRow::name).orElse(DEFAULT_NAME), url, halls.riskyItemsMayDefer());
    }

    /** Returns the (first) hall's settings; the schema's defaults before any hall is registered. */
    public HallSettings settings() {
        return halls.settings().map(HallSettingsRow::settings).orElseGet(HallSettings::defaults);
    }

    /** Returns every hall's settings, in registration order (the day boundary watches all of them). */
    public List<HallSettings> allSettings() {
        return halls.allSettings().stream().map(HallSettingsRow::settings).toList();
    }

    /**
     * Returns the (first) hall's time zone, or {@link #DEFAULT_ZONE} before any hall is registered: the zone of the
     * guide pages' dates and of sessions signed in without a counter.
     */
    public ZoneId zone() {
        return halls.firstHall().map(HallRow::zone).orElse(DEFAULT_ZONE);
    }
}
