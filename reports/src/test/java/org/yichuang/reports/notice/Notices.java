package org.yichuang.reports.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.intake.OutstandingMaterial;
import org.yichuang.core.intake.Remedies;
import org.yichuang.core.notice.NoticeKind;

/** Realistic, synthetic notice data (personal data invented; the ID check digit is valid per GB 11643). */
final class Notices {
    static final String FULL_ID = "11010519491231002X";
    static final String MASKED_ID = "1101**********002X";
    /** 𠮷 is CJK Extension B (U+20BB7): Noto Sans SC lacks it, HanaMinB has it. */
    static final String NAME = "王𠮷祥";
    static final String ITEM_CODE = "11450721MB15580811" + "4" + "000104002000";
    static final String CASE_NO = ITEM_CODE + "20261207" + "0012";
    static final String STATUS_URL = "https://zwfw.qingxiu.example.gov.cn/status/" + CASE_NO;
    static final String SEAL_OWNER = "南宁市青秀区市场监督管理局";
    static final String CONSULTING = "0771-5512345";
    static final String SUPERVISION = "0771-12345";
    static final String RECONSIDERATION = "南宁市青秀区人民政府";
    static final String COURT = "南宁市青秀区人民法院";
    static final String COMPETENT = "南宁市生态环境局";
    /** 2026-12-07 09:30 in Beijing. */
    static final Instant RECEIVED = Instant.parse("2026-12-07T01:30:00Z");
    static final Instant ACCEPTED = Instant.parse("2026-12-07T01:52:00Z");

    private Notices() {
    }

    /** The document number a hall pattern gives (机关简称 + 性质 + [年份] + 顺序号). */
    static String documentNumber(NoticeKind kind) {
        return "青秀政务" + switch (kind) {
            case MATERIAL_RECEIPT -> "收";
            case ACCEPTANCE, SUPPLEMENT_COMPLETE -> "受";
            case DEFERRED_ACCEPTANCE, DEFERRAL_PLEDGE -> "容";
            case SUPPLEMENT_NOTICE -> "补";
            case NOT_REQUIRED, NOT_COMPETENT -> "不受";
            case APPROVAL_ON_SPOT, REFUSAL_ON_SPOT -> "即";
            case COMMITMENT_PLEDGE, COMMITMENT_DECISION -> "承";
            case WITHDRAWAL, ACCEPTANCE_REVOCATION, TERMINATION -> "终";
        } + "〔2026〕" + (100 + kind.ordinal()) + "号";
    }

    static NoticeData data(NoticeKind kind) {
        return data(kind, NAME);
    }

    static NoticeData data(NoticeKind kind, String applicantName) {
        boolean refusal = kind.remedies();
        NoticeData.Outcome outcome = new NoticeData.Outcome(
                refusal ? reason(kind) : null,
                refusal || kind == NoticeKind.COMMITMENT_PLEDGE ? basis(kind) : null,
                kind == NoticeKind.NOT_COMPETENT ? COMPETENT : null,
                refusal ? Remedies.text(RECONSIDERATION, COURT) : null,
                kind == NoticeKind.SUPPLEMENT_NOTICE ? "逾期未补正的，视为撤回申请。" : "逾期未补齐的，视为撤回。", null);
        NoticeData.Dates dates = new NoticeData.Dates(ACCEPTED, Instant.parse("2026-12-07T02:05:00Z"),
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 14), LocalDate.of(2027, 3, 8));
        return new NoticeData(kind,
                new NoticeData.Hall("南宁市青秀区政务服务中心", SEAL_OWNER, CONSULTING, SUPERVISION),
                CASE_NO, documentNumber(kind),
                new NoticeData.Applicant(applicantName, "居民身份证", FULL_ID, false, null, "13800138000",
                        "李娜", "居民身份证", "450103198803150021", "13907710000"),
                new NoticeData.Item(ITEM_CODE, "食品经营许可（新办）", "青秀区市场监督管理局", CaseKind.PROMISED,
                        TimeLimit.workingDays(20), TimeLimit.workingDays(10)),
                RECEIVED, materials(), outstanding(), outcome, dates, "583920", "窗口自取", STATUS_URL,
                Instant.parse("2026-12-07T02:06:00Z"), new NoticeData.Clerk("陈晓梅", "3号窗口"));
    }

    static String reason(NoticeKind kind) {
        return switch (kind) {
            case NOT_REQUIRED -> "申请人拟从事的仅销售预包装食品活动已实行备案管理";
            case NOT_COMPETENT -> "排污许可不属于本机关职权范围";
            case REFUSAL_ON_SPOT -> "经营场所与住宅未有效隔离，不符合食品经营许可审查细则第二十条的要求";
            default -> "申请人未在补齐期限内补齐容缺材料";
        };
    }

    static String basis(NoticeKind kind) {
        return switch (kind) {
            case NOT_REQUIRED -> "《中华人民共和国食品安全法》第三十五条第一款";
            case NOT_COMPETENT -> "《排污许可管理条例》第五条";
            case COMMITMENT_PLEDGE -> "《食品经营许可和备案管理办法》第二十五条";
            default -> "《南宁市政务服务管理办法》第二十四条";
        };
    }

    static List<CaseMaterialView> materials() {
        Instant at = RECEIVED.plusSeconds(300);
        return List.of(
                new CaseMaterialView(1, "申请人身份证明", MaterialStatus.RECEIVED, MaterialChannel.PAPER, true, 1, 1, 1,
                        null, at, false),
                new CaseMaterialView(2, "食品经营许可申请书", MaterialStatus.RECEIVED, MaterialChannel.PAPER, false, 1, 0,
                        4, null, at, false),
                new CaseMaterialView(3, "营业执照", MaterialStatus.RECEIVED, MaterialChannel.SHARED_DATA, false, 0, 0, 0,
                        null, at, false),
                new CaseMaterialView(4, "与食品经营相适应的主要设备设施布局、操作流程等文件", MaterialStatus.DEFECTIVE,
                        MaterialChannel.PAPER, false, 0, 1, 3, "平面图未标注比例", at, false),
                new CaseMaterialView(5, "食品安全管理制度", MaterialStatus.MISSING, null, false, 0, 0, 0, null, null,
                        false),
                new CaseMaterialView(6, "授权委托书", MaterialStatus.RECEIVED, MaterialChannel.PAPER, true, 1, 0, 1, null,
                        at, false));
    }

    static List<OutstandingMaterial> outstanding() {
        return List.of(
                new OutstandingMaterial("与食品经营相适应的主要设备设施布局、操作流程等文件", MaterialStatus.DEFECTIVE,
                        "平面图未标注比例"),
                new OutstandingMaterial("食品安全管理制度", MaterialStatus.MISSING, null));
    }
}
