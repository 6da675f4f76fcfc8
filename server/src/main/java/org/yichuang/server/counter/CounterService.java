package org.yichuang.server.counter;

import java.util.List;
import java.util.Optional;
import org.yichuang.core.api.CounterInfo;

/** Registered counters (综合窗口) of the hall. */
public final class CounterService {
    private final CounterDao counters;

    /** Reads through the DAO. */
    public CounterService(CounterDao counters) {
        this.counters = counters;
    }

    /** Lists every counter by hall and number. */
    public List<CounterInfo> list() {
        return counters.listAll().stream().map(CounterRow::info).toList();
    }

    /** Finds a counter by its number. */
    public Optional<CounterRow> find(int number) {
        return counters.findByNumber(number);
    }
}
