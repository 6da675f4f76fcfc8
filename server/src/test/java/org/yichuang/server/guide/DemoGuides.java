package org.yichuang.server.guide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/** The shipped demo catalog, read the way core's DemoCatalogTest reads it, as versions the pages render. */
final class DemoGuides {
    static final HallInfo HALL = new HallInfo("示范县政务服务中心", "https://zwfw.example.gov.cn");
    /** 16:30 UTC on 28 February is 00:30 on 1 March in Beijing: the date line must say 3月1日. */
    static final Instant EFFECTIVE = Instant.parse("2025-02-28T16:30:00Z");
    /** The demo hall is in Beijing: {@link #EFFECTIVE} is 1 March 00:30 there. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int VERSION = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final CatalogDocument catalog;

    private DemoGuides(CatalogDocument catalog) {
        this.catalog = catalog;
    }

    static DemoGuides load() {
        try (InputStream in = DemoGuides.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo catalog not on the classpath");
            }
            return new DemoGuides(MAPPER.readValue(in, CatalogDocument.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CatalogDocument catalog() {
        return catalog;
    }

    ServiceItem item(String name) {
        return catalog.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo item named " + name));
    }

    ServiceBundle bundle(String code) {
        return catalog.bundles().stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo bundle " + code));
    }

    List<VersionedItem> versions() {
        return catalog.items().stream().map(DemoGuides::version).toList();
    }

    /** The members of a bundle as the route would pass them: current versions, here in reverse order. */
    List<VersionedItem> members(ServiceBundle bundle) {
        List<VersionedItem> members = new ArrayList<>(bundle.itemCodes().stream()
                .map(code -> version(catalog.findItem(code).orElseThrow())).toList());
        Collections.reverse(members);
        return members;
    }

    static VersionedItem version(ServiceItem item) {
        return new VersionedItem(item, VERSION, EFFECTIVE, true, EFFECTIVE.minusSeconds(3600), "system");
    }

    static ZoneId zone() {
        return ZONE;
    }
}
