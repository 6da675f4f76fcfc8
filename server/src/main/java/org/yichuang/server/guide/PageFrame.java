package org.yichuang.server.guide;

import java.util.function.Consumer;
import org.yichuang.core.api.HallInfo;

/** The document around every guide page: head with inline style, the hall's bar, the page body, the footer. */
final class PageFrame {
    private final GuideAssets assets;

    PageFrame(GuideAssets assets) {
        this.assets = assets;
    }

    /**
     * Renders a whole page.
     *
     * @param title  what the page is about; the hall's name and 办事指南 are added for the browser tab
     * @param footer e.g. the version line; null for none
     * @param script whether the index's search script is inlined
     */
    String render(HallInfo hall, String title, Consumer<Html> body, String footer, boolean script) {
        String hallName = hallName(hall);
        Html html = new Html().trusted("<!DOCTYPE html>\n");
        html.open("html", "lang", "zh-CN").open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " - 办事指南 - " + hallName)
                .open("style").trusted(assets.css()).close("style")
                .close("head").open("body");
        html.open("header", "class", "hall")
                .element("a", hallName, "href", new GuideLinks(hall).index(), "class", "home")
                .element("span", "办事指南", "class", "kind")
                .close("header");
        html.open("main");
        body.accept(html);
        html.close("main");
        if (footer != null) {
            html.open("footer").element("p", footer, "class", "version").close("footer");
        }
        if (script) {
            html.open("script").trusted(assets.searchScript()).close("script");
        }
        return html.close("body").close("html").toString();
    }

    static String hallName(HallInfo hall) {
        return hall == null || hall.hallName() == null || hall.hallName().isBlank() ? "政务服务中心" : hall.hallName();
    }
}
