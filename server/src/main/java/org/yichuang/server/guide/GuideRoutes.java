package org.yichuang.server.guide;

import org.yichuang.server.catalog.CatalogService;
import org.yichuang.server.catalog.BundleService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.server.hall.HallService;
import org.yichuang.server.guide.GuidePages;

/**
 * The public guide pages (办事指南) the QR codes of printed guides point to: no sign-in, catalogue text only, never
 * personal data. An item is public while a version of it is in force; a bundle while every member item is.
 */
public final class GuideRoutes {
    private static final String HTML = "text/html; charset=utf-8";

    private final GuidePages pages;
    private final CatalogService catalog;
    private final BundleService bundles;
    private final HallService hall;

    /** Renders the services' answers with the guide pages. */
    public GuideRoutes(GuidePages pages, CatalogService catalog, BundleService bundles, HallService hall) {
        this.pages = pages;
        this.catalog = catalog;
        this.bundles = bundles;
        this.hall = hall;
    }

    /** GET /guide: every item in force by department, and the bundles. */
    public void index(Context ctx) {
        List<VersionedItem> items = catalog.allInForce();
        Map<String, VersionedItem> byCode = byCode(items);
        List<ServiceBundle> shown = bundles.list().stream()
                .filter(b -> byCode.keySet().containsAll(b.itemCodes())).toList();
        html(ctx).result(pages.index(hall.info(), items, shown));
    }

    /** GET /guide/items/{code}: the version in force now. */
    public void item(Context ctx) {
        HallInfo info = hall.info();
        Optional<VersionedItem> item = catalog.findInForce(ctx.pathParam("code"));
        if (item.isEmpty()) {
            notFound(ctx, info);
            return;
        }
        html(ctx).result(pages.item(info, item.get()));
    }

    /** GET /guide/bundles/{code}: the bundle with the versions of its members in force now. */
    public void bundle(Context ctx) {
        HallInfo info = hall.info();
        Optional<ServiceBundle> bundle = bundles.find(ctx.pathParam("code"));
        List<VersionedItem> members = new ArrayList<>();
        for (String code : bundle.map(ServiceBundle::itemCodes).orElse(List.of())) {
            catalog.findInForce(code).ifPresent(members::add);
        }
        // a one-time notice (一次告知) missing a member's materials would mislead: no page rather than half of one
        if (bundle.isEmpty() || members.size() != bundle.get().itemCodes().size()) {
            notFound(ctx, info);
            return;
        }
        html(ctx).result(pages.bundle(info, bundle.get(), members));
    }

    private void notFound(Context ctx, HallInfo info) {
        html(ctx.status(HttpStatus.NOT_FOUND)).result(pages.notFound(info));
    }

    private Context html(Context ctx) {
        return ctx.contentType(HTML).header("Content-Security-Policy", pages.contentSecurityPolicy());
    }

    private static Map<String, VersionedItem> byCode(List<VersionedItem> items) {
        return items.stream().collect(Collectors.toMap(v -> v.item().implementationCode(), Function.identity()));
    }
}
