package org.yichuang.client.app;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yichuang.client.ui.Lazy;
import org.yichuang.reports.ReportService;

/**
 * One lazily created {@link ReportService} per hall zone. The zone comes with each session (a server's halls may be
 * anywhere), while Jasper's templates take a second to load, so a service is made on first print and kept for the
 * next session in the same zone.
 */
final class ReportsByZone implements Function<ZoneId, Supplier<ReportService>> {
    private final Map<ZoneId, Lazy<ReportService>> services = new ConcurrentHashMap<>();

    @Override
    public Supplier<ReportService> apply(ZoneId zone) {
        return services.computeIfAbsent(zone, z -> new Lazy<>(() -> new ReportService(z)));
    }
}
