package org.yichuang.client.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.yichuang.core.api.CaseMaterialView;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialStatus;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.notice.NoticeData;
import org.yichuang.reports.notice.NoticeRenderer;

/**
 * Notices as the server renders and stores them (the reports module's {@link NoticeRenderer}, Jasper with embedded
 * CID fonts), for printing through CUPS. Personal data is invented.
 */
final class RenderedNotices {
    private static final NoticeRenderer RENDERER = new NoticeRenderer(ZoneId.of("Asia/Shanghai"));
    private static final Instant RECEIVED = Instant.parse("2026-12-07T01:30:00Z");

    private RenderedNotices() {
    }

    static byte[] pdf(NoticeKind kind, String caseNo, Paper paper) {
        NoticeData data = new NoticeData(kind,
                new NoticeData.Hall("南宁市青秀区政务服务中心", "南宁市青秀区市场监督管理局", "0771-5512345", "0771-12345"),
                caseNo, "青秀政务受〔2026〕7号",
                new NoticeData.Applicant("王小红", "居民身份证", "11010519491231002X", false, null, "13800138000",
                        null, null, null, null),
                new NoticeData.Item("11450721MB155808114000104002000", "食品经营许可（新办）", "青秀区市场监督管理局",
                        CaseKind.PROMISED, TimeLimit.workingDays(20), TimeLimit.workingDays(10)),
                RECEIVED,
                List.of(new CaseMaterialView(1, "申请人身份证明", MaterialStatus.RECEIVED, MaterialChannel.PAPER, true, 1,
                        1, 1, null, RECEIVED, false)),
                List.of(), new NoticeData.Outcome(null, null, null, null, null, null),
                new NoticeData.Dates(RECEIVED.plusSeconds(600), RECEIVED.plusSeconds(900), LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 5), null, null, null),
                "583920", "窗口自取", "https://zwfw.example.gov.cn/status/" + caseNo, RECEIVED.plusSeconds(960),
                new NoticeData.Clerk("陈晓梅", "3号窗口"));
        return RENDERER.pdf(data, paper, false);
    }
}
