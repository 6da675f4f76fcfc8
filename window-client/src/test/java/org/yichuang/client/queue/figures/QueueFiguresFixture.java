package org.yichuang.client.queue.figures;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.api.queue.QueueFigures;
import org.yichuang.core.api.queue.QueueFigures.Row;

/** A known queue day for the figures tests: two counters, two clerks, two categories, two hours. */
final class QueueFiguresFixture {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private QueueFiguresFixture() {
    }

    /** Counter 1 called 3 (waits 2, 4 and 6 minutes), served 2 (10 and 14 minutes), idle 90 s; counter 2 less. */
    static QueueFigures monday() {
        Row counter1 = new Row("1", "1号窗口", 3, 720_000, 360_000, 2, 1_440_000, 840_000, 90_000, 360_000L);
        Row counter2 = new Row("2", "2号窗口", 1, 61_400, 61_400, 1, 4_200_000, 4_200_000, 0, 61_400L);
        Row total = new Row("total", "全天", 4, 781_400, 360_000, 3, 5_640_000, 4_200_000, 90_000, 360_000L);
        return new QueueFigures(MONDAY, total, List.of(counter1, counter2),
                List.of(new Row("11", "王小明", 3, 720_000, 360_000, 2, 1_440_000, 840_000, 90_000, 360_000L),
                        new Row("12", "李娜", 1, 61_400, 61_400, 1, 4_200_000, 4_200_000, 0, 61_400L)),
                List.of(new Row("GENERAL", "综合受理", 4, 781_400, 360_000, 2, 1_440_000, 840_000, 90_000, 360_000L),
                        new Row("TAX", "税务", 0, 0, 0, 1, 4_200_000, 4_200_000, 0, null)),
                List.of(new Row("2026-12-07T09:00", "09:00–10:00", 3, 720_000, 360_000, 2, 1_440_000, 840_000,
                        90_000, 360_000L), new Row("2026-12-07T10:00", "10:00–11:00", 1, 61_400, 61_400, 1, 4_200_000,
                        4_200_000, 0, 61_400L)));
    }
}
