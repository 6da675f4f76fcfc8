package org.yichuang.reports.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.reports.GuideContext;
import org.yichuang.reports.ReportService;

/**
 * Times the printed 办事指南 of one item (two A4 pages, nine materials, QR code) as the counter experiences it:
 * the first fill + PDF after JVM start and then warm renders. Run by bench/guide-render.sh; not a test.
 */
public final class GuideRenderBench {
    private static final int WARM = 200;
    private static final String CODE = "11450721MB155808114000104002000";

    private GuideRenderBench() {
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : WARM;
        ServiceItem item = item();
        long start = System.nanoTime();
        ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        long constructed = System.nanoTime();
        int bytes = render(reports, item, 1);
        long first = System.nanoTime();

        double[] millis = new double[warm];
        for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            bytes += render(reports, item, i + 2);   // a new version each time: the QR code is not cached
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("FIGURE guide-render: first %.0f ms; warm p50 %.1f ms, p95 %.1f ms (item guide, fill + PDF)%n",
                (first - constructed) / 1e6, percentile(millis, 50), percentile(millis, 95));
        System.out.printf("details: ReportService constructor %.0f ms; %d warm renders, max %.1f ms; %d PDF bytes in all%n",
                (constructed - start) / 1e6, warm, millis[millis.length - 1], bytes);
    }

    private static int render(ReportService reports, ServiceItem item, int version) {
        GuideContext context = new GuideContext("示范县政务服务中心",
                "https://zwfw.example.gov.cn/guide/" + CODE + "?v=" + version, version, LocalDate.of(2025, 3, 1));
        return reports.toPdf(reports.fillItemGuide(item, context)).length;
    }

    private static ServiceItem item() {
        List<MaterialRequirement> materials = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            MaterialKind kind = i == 1 ? MaterialKind.APPLICATION_FORM : MaterialKind.OTHER;
            materials.add(new MaterialRequirement("申请材料第" + i + "项（公共场所卫生相关证明）", kind, 1, 1, "A4", "加盖公章",
                    MaterialSource.APPLICANT, true, null, i % 3 == 0, null, null));
        }
        return new ServiceItem("000104002000", CODE, "公共场所卫生许可证核发", ItemType.LICENSING, "示范县卫生健康局",
                "11450721MB15580811", "《公共场所卫生管理条例》第八条", TimeLimit.workingDays(20), TimeLimit.workingDays(5),
                CaseKind.PROMISED, "具备相应卫生条件；申请材料齐全、符合法定形式。", List.of("申请", "受理", "审查", "决定", "送达"),
                Fee.FREE, EnumSet.of(ServiceObject.ENTERPRISE), EnumSet.of(Channel.COUNTER, Channel.ONLINE_PC), 1,
                List.of(new SpecialProcedure(SpecialProcedureKind.SITE_SURVEY, true)), "公共场所卫生许可证",
                EnumSet.of(DeliveryOption.PICK_UP, DeliveryOption.MAIL), true,
                new Contacts("0777-5521234", "12345", "周一至周五 8:30-17:30", "政务服务中心一楼综合受理窗口"), materials);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
