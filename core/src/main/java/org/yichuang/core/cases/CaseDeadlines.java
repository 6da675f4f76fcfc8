package org.yichuang.core.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.yichuang.core.calendar.ClockExtension;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.catalog.TimeLimit;

/**
 * What a case's two due dates are computed from (RULES.md §1.4, §9 rows 3, 7 and 10): both run from acceptance (受理)
 * and both skip the special procedures that stop the clock (Art. 45); only the statutory one (法定) takes the
 * extensions (Art. 42). The law extends the statutory period; the promised limit (承诺) is the hall's published
 * commitment (浙江 12), and passing it after an extension is what 黄牌 is for. Every place that fixes, moves or
 * recomputes a case's due dates builds its inputs here.
 */
public final class CaseDeadlines {
    private CaseDeadlines() {
    }

    /** The statutory due date's input: acceptance, the item's statutory limit, stops and extensions. */
    public static DeadlineInput legal(LocalDateTime acceptedAt, TimeLimit statutory, List<ClockStop> stops,
            List<ClockExtension> extensions, LocalDate asOf) {
        return new DeadlineInput(acceptedAt, statutory, stops, extensions, asOf);
    }

    /** The promised due date's input: acceptance, the item's promised limit and stops; never extensions. */
    public static DeadlineInput promised(LocalDateTime acceptedAt, TimeLimit promised, List<ClockStop> stops,
            LocalDate asOf) {
        return new DeadlineInput(acceptedAt, promised, stops, List.of(), asOf);
    }
}
