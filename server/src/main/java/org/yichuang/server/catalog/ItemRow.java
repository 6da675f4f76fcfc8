package org.yichuang.server.catalog;

import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

/**
 * A service item (政务服务事项) row.
 *
 * @param implementationCode 实施编码 (31 chars: credit code + level + base code)
 * @param baseCode           基本编码 (12 chars)
 * @param level              行使层级 (1 国家 … 7 分级)
 */
public record ItemRow(long id, String implementationCode, String baseCode, String name, String department,
        String departmentCreditCode, String level, CaseKind caseKind, int statutoryValue, LimitUnit statutoryUnit,
        int promisedValue, LimitUnit promisedUnit, boolean inForce) {

    /** Returns the statutory limit (法定办结时限). */
    public TimeLimit statutoryLimit() {
        return new TimeLimit(statutoryValue, statutoryUnit);
    }

    /** Returns the promised limit (承诺办结时限). */
    public TimeLimit promisedLimit() {
        return new TimeLimit(promisedValue, promisedUnit);
    }

    /** Returns the API view. */
    public ServiceItemSummary summary() {
        return new ServiceItemSummary(implementationCode, name, department, caseKind, statutoryLimit(),
                promisedLimit());
    }
}
