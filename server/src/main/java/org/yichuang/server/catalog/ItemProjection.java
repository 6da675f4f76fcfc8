package org.yichuang.server.catalog;

import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The summary columns of a {@code service_items} row: the identity of an item (事项) by implementation code, plus a
 * projection of its latest version. Cases from before versions existed read these columns.
 *
 * @param level 行使层级 of a standard 31-character code; null for codes in other provincial forms
 */
public record ItemProjection(String implementationCode, String baseCode, String name, String department,
        String departmentCreditCode, String level, CaseKind caseKind, int statutoryValue, LimitUnit statutoryUnit,
        int promisedValue, LimitUnit promisedUnit, boolean inForce) {

    /** Projects an item that passed {@code ServiceItemRules} (limits and case kind are present). */
    public static ItemProjection of(ServiceItem item, boolean inForce) {
        String level = ImplementationCode.parseStandard(item.implementationCode())
                .map(c -> String.valueOf(c.level())).orElse(null);
        return new ItemProjection(item.implementationCode(), item.baseCode(), item.name(), item.department(),
                item.departmentCreditCode(), level, item.caseKind(), item.statutoryLimit().value(),
                item.statutoryLimit().unit(), item.promisedLimit().value(), item.promisedLimit().unit(), inForce);
    }
}
