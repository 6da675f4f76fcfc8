package org.yichuang.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a printed 办事指南 (service guide) needs besides the catalogue entry: where it is handed out, where it
 * lives online and which edition it is.
 *
 * @param hallName    政务服务中心 name printed above the title
 * @param publicUrl   the guide's public page; printed and encoded in the QR code
 * @param version     edition number (第N版), raised whenever the entry changes
 * @param lastChanged date of that edition (更新日期)
 * @param riskyItemsMayDefer the hall lets items of a risk category (风险类别) allow 容缺 (HallInfo): the guide
 *                    advertises 容缺 only where the counter will offer it
 */
public record GuideContext(String hallName, String publicUrl, int version, LocalDate lastChanged,
        boolean riskyItemsMayDefer) {

    /** A guide of a hall with the default setting: risky items do not defer. */
    public GuideContext(String hallName, String publicUrl, int version, LocalDate lastChanged) {
        this(hallName, publicUrl, version, lastChanged, false);
    }

    /** Validates the parts: a guide without its URL or date could not be told apart from an outdated copy. */
    public GuideContext {
        Objects.requireNonNull(hallName, "hallName");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(lastChanged, "lastChanged");
        if (publicUrl.isBlank()) {
            throw new IllegalArgumentException("publicUrl is blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }
}
