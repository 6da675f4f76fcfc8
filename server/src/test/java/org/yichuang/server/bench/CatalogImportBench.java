package org.yichuang.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.testing.SyntheticCatalog;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

/**
 * Measures POST /api/catalog/import of a synthetic .xlsx workbook (default 5,000 items) on loopback, in the server's
 * own JVM so its heap can be watched: a first import into an empty catalog, then a re-import in which every item
 * changed. Prints one FIGURE line. Used by bench/catalog-import.sh; not a test.
 */
public final class CatalogImportBench {
    private CatalogImportBench() {
    }

    /** Arguments: [items] [seed]. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20260302L;
        CatalogFiles files = new CatalogFiles();
        CatalogDocument first = SyntheticCatalog.generate(count, seed);
        CatalogDocument changed = new CatalogDocument(first.formatVersion(), first.title(),
                first.items().stream().map(i -> renamed(i, i.name() + "（修订）")).toList(), first.bundles());
        byte[] firstFile = files.write(first, CatalogFormat.XLSX);
        byte[] changedFile = files.write(changed, CatalogFormat.XLSX);

        try (TestServer server = TestServer.start()) {
            // "into an empty catalog": drop the demo catalog the test server starts with
            server.jdbi().useHandle(h -> h.execute("TRUNCATE service_bundle_items, service_bundles, "
                    + "service_item_versions, service_items CASCADE"));
            ApiClient api = new ApiClient(server.baseUrl());
            String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);

            Run empty = importOnce(api, admin, firstFile, "itemsAdded", count);
            Run again = importOnce(api, admin, changedFile, "itemsChanged", count);

            System.out.printf("FIGURE catalog-import: %,d-item .xlsx (%.1f MB) into an empty catalog %.2f s "
                    + "(peak heap %d MB), re-import with every item changed %.2f s (peak heap %d MB); max heap %d MB%n",
                    count, firstFile.length / 1e6, empty.seconds(), empty.peakHeapMb(), again.seconds(),
                    again.peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private record Run(double seconds, long peakHeapMb) {
    }

    private static Run importOnce(ApiClient api, String token, byte[] file, String countField, int expected) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Response r = api.postBytes("/api/catalog/import", token, CatalogFormat.XLSX.mediaType(), file);
        long nanos = System.nanoTime() - start;
        // summed per-pool peaks: an upper bound of the heap in use at any one moment of the import
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (r.status() != 200 || r.json().path(countField).asInt() != expected) {
            throw new IllegalStateException("import failed: " + r.status() + " " + r.body());
        }
        return new Run(nanos / 1e9, peak / (1024 * 1024));
    }

    private static ServiceItem renamed(ServiceItem i, String name) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), name, i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), i.resultName(), i.deliveryOptions(), i.deferralAllowed(), i.contacts(),
                i.materials());
    }
}
