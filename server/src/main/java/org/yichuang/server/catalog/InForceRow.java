package org.yichuang.server.catalog;

import java.util.List;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

/**
 * The summary of the version of an item (事项) in force at some time: what the counter lists and a case records.
 *
 * @param versionId the {@code service_item_versions} row a case accepted now refers to
 * @param aliases   简称, from the stored item (an SQL array)
 */
public record InForceRow(long itemId, long versionId, int version, String implementationCode, String name,
        String department, CaseKind caseKind, int statutoryValue, LimitUnit statutoryUnit, int promisedValue,
        LimitUnit promisedUnit, List<String> aliases) {

    /** Returns the promised limit (承诺办结时限). */
    public TimeLimit promisedLimit() {
        return new TimeLimit(promisedValue, promisedUnit);
    }

    /** Returns the API view. */
    public ServiceItemSummary summary() {
        return new ServiceItemSummary(implementationCode, name, department, caseKind,
                new TimeLimit(statutoryValue, statutoryUnit), promisedLimit(), aliases);
    }
}
