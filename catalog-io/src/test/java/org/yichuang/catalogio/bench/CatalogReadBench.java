package org.yichuang.catalogio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.testing.SyntheticCatalog;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceItem;

/**
 * Times reading and validating a synthetic 实施清单 workbook as an import does (without storage): warm-up reads, then
 * timed ones with the heap pools' peak usage reset before each. Run by bench/catalog-read.sh; not a test.
 */
public final class CatalogReadBench {
    private static final long MB = 1024 * 1024;

    private CatalogReadBench() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmUps = 2;
        CatalogFiles files = new CatalogFiles();
        CatalogDocument catalog = SyntheticCatalog.generate(items, 42);
        int materials = catalog.items().stream().mapToInt(i -> i.materials().size()).sum();

        long start = System.nanoTime();
        byte[] xlsx = files.write(catalog, CatalogFormat.XLSX);
        double writeMs = (System.nanoTime() - start) / 1e6;
        byte[] json = files.write(catalog, CatalogFormat.JSON);

        double firstMs = 0;
        for (int i = 0; i < warmUps; i++) {
            start = System.nanoTime();
            check(files.read(xlsx, CatalogFormat.XLSX, Set.of()), catalog);
            firstMs = i == 0 ? (System.nanoTime() - start) / 1e6 : firstMs;
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        double[] millis = new double[runs];
        long peak = 0;
        long live = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long before = used(heap);
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            start = System.nanoTime();
            ParsedCatalog read = files.read(xlsx, CatalogFormat.XLSX, Set.of());
            millis[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            System.gc();
            live = Math.max(live, used(heap) - before);
            check(read, catalog);
        }
        double[] jsonMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            check(files.read(json, CatalogFormat.JSON, Set.of()), catalog);
            jsonMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(jsonMillis);
        System.out.printf("FIGURE catalog-read: %d-item workbook (%d materials, %.1f MB) read + validated"
                        + " in median %.0f ms,"
                        + " max %.0f ms; peak heap %d MB (%d runs after %d warm-up)%n", items, materials,
                xlsx.length / (double) MB, millis[runs / 2], millis[runs - 1], peak / MB, runs, warmUps);
        System.out.printf("details: first read in a fresh JVM %.0f ms; live set of the parsed catalog %d MB;"
                        + " workbook write %.0f ms; same catalog as JSON (%.1f MB) read median %.0f ms;"
                        + " max heap %d MB%n",
                firstMs, live / MB, writeMs, json.length / (double) MB, jsonMillis[runs / 2],
                Runtime.getRuntime().maxMemory() / MB);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** A benchmark of a read that fails is no figure. */
    private static void check(ParsedCatalog read, CatalogDocument expected) {
        if (!read.ok() || read.document().items().size() != expected.items().size()
                || !read.document().items().stream().map(ServiceItem::implementationCode).toList()
                        .equals(expected.items().stream().map(ServiceItem::implementationCode).toList())) {
            throw new IllegalStateException("read did not give the catalog back: " + read.problems().stream()
                    .limit(5).toList());
        }
    }
}
