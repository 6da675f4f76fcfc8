package org.yichuang.reports;

import java.time.Instant;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.identity.Masking;

/** Fixed, synthetic receipts (personal data invented; ID check digits valid per GB 11643). */
final class Receipts {
    static final String FULL_ID = "11010519491231002X";
    static final String ITEM_CODE = "11450721MB15580811" + "4" + "000104002000";
    static final String CASE_NO = ITEM_CODE + "20250305" + "0012";
    /** 2025-03-05 09:30 in Beijing. */
    static final Instant RECEIVED = Instant.parse("2025-03-05T01:30:00Z");

    private Receipts() {
    }

    static CaseReceipt promised() {
        return promised("张三");
    }

    static CaseReceipt promised(String applicantName) {
        return promised(applicantName, RECEIVED);
    }

    static CaseReceipt receivedAt(Instant receivedAt) {
        return promised("张三", receivedAt);
    }

    private static CaseReceipt promised(String applicantName, Instant receivedAt) {
        return new CaseReceipt(CASE_NO, ITEM_CODE, "食品经营许可（新办）", "青秀区市场监督管理局", CaseKind.PROMISED,
                TimeLimit.workingDays(20), applicantName, Masking.idNumber(FULL_ID), receivedAt, 3, "综合受理窗口",
                "南宁市青秀区政务服务中心", "李娜");
    }

    static CaseReceipt immediate() {
        return new CaseReceipt(ITEM_CODE + "202503050013", ITEM_CODE, "个体工商户名称变更登记", "青秀区市场监督管理局",
                CaseKind.IMMEDIATE, TimeLimit.workingDays(0), "欧阳·娜娜", Masking.idNumber(FULL_ID), RECEIVED, 5,
                "综合受理窗口", "南宁市青秀区政务服务中心", "王强");
    }
}
