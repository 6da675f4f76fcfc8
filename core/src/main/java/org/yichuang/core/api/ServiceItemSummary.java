package org.yichuang.core.api;

import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * A service item (政务服务事项) as the counter lists it.
 *
 * @param implementationCode 实施编码, the key cases refer to
 * @param department         实施主体 (implementing department)
 */
public record ServiceItemSummary(String implementationCode, String name, String department, CaseKind caseKind,
        TimeLimit statutoryLimit, TimeLimit promisedLimit) {
}
