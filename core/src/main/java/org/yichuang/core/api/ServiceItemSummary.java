package org.yichuang.core.api;

import java.util.List;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * A service item (政务服务事项) as the counter lists it.
 *
 * @param implementationCode 实施编码, the key cases refer to
 * @param department         实施主体 (implementing department)
 * @param aliases            简称, the short names the counter search finds the item by
 */
public record ServiceItemSummary(String implementationCode, String name, String department, CaseKind caseKind,
        TimeLimit statutoryLimit, TimeLimit promisedLimit, List<String> aliases) {

    /** Copies the short names; none when absent. */
    public ServiceItemSummary {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A summary without short names (简称). */
    public ServiceItemSummary(String implementationCode, String name, String department, CaseKind caseKind,
            TimeLimit statutoryLimit, TimeLimit promisedLimit) {
        this(implementationCode, name, department, caseKind, statutoryLimit, promisedLimit, List.of());
    }
}
