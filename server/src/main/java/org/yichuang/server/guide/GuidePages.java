package org.yichuang.server.guide;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;

/**
 * The public guide pages (办事指南网页) an applicant opens by scanning the QR code of a printed guide: the same
 * one-time notice (一次告知) as the paper, as self-contained HTML that reads on a 360 px phone and prints. Every
 * catalogue text is escaped; pages need nothing from the internet.
 */
public final class GuidePages {
    private final PageFrame frame;
    private final String contentSecurityPolicy;
    private final ItemPage itemPage;
    private final BundlePage bundlePage;
    private final IndexPage indexPage;

    /**
     * Reads the inline style sheet and script once, so rendering does no file IO.
     *
     * @param hallZone the hall's time zone (HallService#zone): version dates are the hall's days
     */
    public GuidePages(Supplier<ZoneId> hallZone) {
        VersionLine versions = new VersionLine(hallZone);
        GuideAssets assets = GuideAssets.load();
        this.frame = new PageFrame(assets);
        this.contentSecurityPolicy = assets.contentSecurityPolicy();
        this.itemPage = new ItemPage(versions);
        this.bundlePage = new BundlePage(versions);
        this.indexPage = new IndexPage();
    }

    /** Returns the Content-Security-Policy every page is sent with: it allows exactly the inline style and script. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** The list of every item in force, grouped by department, with the bundles (一件事) first. */
    public String index(HallInfo hall, List<VersionedItem> items, List<ServiceBundle> bundles) {
        return frame.render(hall, "事项目录", html -> indexPage.write(html, items, bundles, new GuideLinks(hall)),
                null, true);
    }

    /** The guide of one item version, ending with its 版本 N · 更新于 line. */
    public String item(HallInfo hall, VersionedItem item) {
        return frame.render(hall, item.item().name(), html -> itemPage.write(html, item, hall.riskyItemsMayDefer()), itemPage.footer(item),
                false);
    }

    /**
     * The guide of a bundle (一件事).
     *
     * @param members the current version of each item the bundle lists, in any order; every listed item must be
     *                among them
     */
    public String bundle(HallInfo hall, ServiceBundle bundle, List<VersionedItem> members) {
        List<VersionedItem> ordered = BundlePage.ordered(bundle, members);
        return frame.render(hall, bundle.name(),
                html -> bundlePage.write(html, bundle, ordered, new GuideLinks(hall), hall.riskyItemsMayDefer()), bundlePage.footer(ordered),
                false);
    }

    /** The page for an unknown code, e.g. a QR code of an item the hall no longer lists; the route sends it with 404. */
    public String notFound(HallInfo hall) {
        GuideLinks links = new GuideLinks(hall);
        return frame.render(hall, "未找到办事指南", html -> html.element("h1", "未找到该办事指南")
                .element("p", "该事项或“一件事”不存在或已不再公开。请查看全部办事指南，或咨询窗口工作人员。", "class", "prose")
                .open("p").element("a", "查看全部办事指南", "href", links.index(), "class", "button").close("p"),
                null, false);
    }
}
