package org.yichuang.server.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.DailyCap;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

/**
 * The demo hall's queue (叫号设置): 综合受理 (A) for walk-ins, and 不动产登记 (B), which offers booking (预约) with a
 * daily cap and places per slot, so the booking page, the kiosk's and reception's check-in and the 预约名额 table can be
 * tried. Counters 1–3 serve A; counters 3 and 4 serve B.
 */
final class DemoQueue {
    /** The booking category's code. */
    static final String PROPERTY = "PROPERTY";
    /** Places per one-hour slot of the booking category. */
    static final int PROPERTY_SLOT_CAPACITY = 4;

    private DemoQueue() {
    }

    /** The settings for {@code counters}, B serving the catalog's 不动产 items. */
    static QueueSettings settings(List<Integer> counters, CatalogDocument catalog) {
        QueueSettings defaults = QueueSettings.defaults(counters);
        QueueCategory general = defaults.categories().get(0);
        List<String> property = catalog.items().stream().filter(i -> i.name().startsWith("不动产"))
                .map(i -> i.implementationCode()).toList();
        QueueCategory booking = new QueueCategory(PROPERTY, "不动产登记", 'B', property,
                List.of(new IssuingWindow(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new IssuingWindow(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                new DailyCap(60, 50), true, true);
        List<CounterAssignment> assignments = new ArrayList<>();
        for (int n : counters) {
            if (n <= 3) {
                assignments.add(new CounterAssignment(n, general.code(), 1, false));
            }
            if (n >= 3) {
                assignments.add(new CounterAssignment(n, PROPERTY, 1, false));
            }
        }
        return new QueueSettings(List.of(general, booking), assignments, defaults.priority(), defaults.ordering(),
                defaults.elderly(), defaults.missed(), defaults.holdTime(), defaults.dayReset(), defaults.booking());
    }

    /** The places per slot of the booking category. */
    static Map<String, Integer> capacities() {
        return Map.of(PROPERTY, PROPERTY_SLOT_CAPACITY);
    }
}
