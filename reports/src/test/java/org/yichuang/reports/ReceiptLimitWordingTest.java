package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

class ReceiptLimitWordingTest {
    @Test
    void every_limit_unit_has_its_receipt_wording() {
        assertThat(ReceiptParameters.limit(CaseKind.PROMISED, new TimeLimit(3, LimitUnit.MONTHS))).isEqualTo("3个月");
        assertThat(ReceiptParameters.limit(CaseKind.PROMISED, TimeLimit.workingDays(20))).isEqualTo("20个工作日");
        assertThat(ReceiptParameters.limit(CaseKind.PROMISED, new TimeLimit(30, LimitUnit.NATURAL_DAYS)))
                .isEqualTo("30日（自然日）");
        assertThat(ReceiptParameters.limit(CaseKind.IMMEDIATE, new TimeLimit(3, LimitUnit.MONTHS))).isEqualTo("当场办结");
    }
}
