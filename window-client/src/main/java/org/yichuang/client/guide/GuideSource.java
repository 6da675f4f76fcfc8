package org.yichuang.client.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.reports.GuideContext;
import org.yichuang.reports.ReportService;

/**
 * Fetches what a printed guide (办事指南) shows and fills it: the item's version in force, the hall's name and
 * public address. Blocking (HTTP and Jasper): call it off the EDT only.
 */
public final class GuideSource {
    private final HallApi api;

    /** Creates the source on the signed-in API. */
    public GuideSource(HallApi api) {
        this.api = api;
    }

    /** Fills the guide of the item in force with this implementation code (实施编码). */
    public JasperPrint itemGuide(ReportService reports, String implementationCode) {
        HallInfo hall = api.hallInfo();
        VersionedItem version = api.getItem(implementationCode);
        return reports.fillItemGuide(version.item(),
                context(hall, hall.itemGuideUrl(implementationCode), version.version(), version.effectiveFrom(),
                        reports.hallZone()));
    }

    /** Fills the guide of a bundle (一件事) with the version in force of each of its items. */
    public JasperPrint bundleGuide(ReportService reports, ServiceBundle bundle) {
        HallInfo hall = api.hallInfo();
        List<VersionedItem> members = bundle.itemCodes().stream().map(api::getItem).toList();
        List<ServiceItem> items = members.stream().map(VersionedItem::item).toList();
        return reports.fillBundleGuide(bundle, items, bundleContext(hall, bundle, members, reports.hallZone()));
    }

    /**
     * A bundle has no version of its own: it changed last when its most recently changed item did, and its edition
     * is the highest edition among its items (the public page says the same).
     */
    static GuideContext bundleContext(HallInfo hall, ServiceBundle bundle, List<VersionedItem> members,
            ZoneId hallZone) {
        VersionedItem latest = members.stream().max(Comparator.comparing(VersionedItem::effectiveFrom))
                .orElseThrow(() -> new IllegalArgumentException("bundle " + bundle.code() + " has no items"));
        int edition = members.stream().mapToInt(VersionedItem::version).max().orElse(1);
        return context(hall, hall.bundleGuideUrl(bundle.code()), edition, latest.effectiveFrom(), hallZone);
    }

    /** The guide's edition line is dated in the hall's time zone (the session's), whatever the PC's zone is. */
    static GuideContext context(HallInfo hall, String url, int version, Instant effectiveFrom, ZoneId hallZone) {
        return new GuideContext(hall.hallName(), url, version, LocalDate.ofInstant(effectiveFrom, hallZone),
                hall.riskyItemsMayDefer());
    }
}
