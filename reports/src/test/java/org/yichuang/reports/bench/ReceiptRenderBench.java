package org.yichuang.reports.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.reports.ReportService;

/**
 * Times the 受理回执 as the counter experiences it: the first fill + PDF after JVM start (template load,
 * font extension, class loading) and then warm renders. Run by bench/receipt-render.sh; not a test.
 *
 * <p>Arguments: [renders] [rare]. With {@code rare} the applicant is 张𠮷华, whose U+20BB7 (CJK Extension B) only
 * the fallback font HanaMinB has: the figure then includes laying out and embedding a second font.
 */
public final class ReceiptRenderBench {
    private static final int WARM = 300;

    private ReceiptRenderBench() {
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : WARM;
        boolean rare = args.length > 1 && "rare".equals(args[1]);
        String name = rare ? "张" + new String(Character.toChars(0x20BB7)) + "华" : "张三";
        String figure = rare ? "receipt-render-rare-name" : "receipt-render";
        long start = System.nanoTime();
        ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        long constructed = System.nanoTime();
        int bytes = render(reports, 0, name);
        long first = System.nanoTime();

        double[] millis = new double[warm];
        // CPU time of the rendering thread too: on a shared machine it moves far less with other processes' load
        double[] cpuMillis = new double[warm];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warm; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            bytes += render(reports, i + 1, name);
            millis[i] = (System.nanoTime() - t) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("FIGURE %s: first %.0f ms; warm p50 %.1f ms, p95 %.1f ms (fill + PDF)%n", figure,
                (first - constructed) / 1e6, percentile(millis, 50), percentile(millis, 95));
        System.out.printf("details: ReportService constructor %.0f ms; %d warm renders, max %.1f ms; %d PDF bytes in all;"
                + " CPU time of the rendering thread p50 %.1f ms, p95 %.1f ms%n",
                (constructed - start) / 1e6, warm, millis[millis.length - 1], bytes, percentile(cpuMillis, 50),
                percentile(cpuMillis, 95));
    }

    private static int render(ReportService reports, int sequence, String name) {
        CaseReceipt receipt = new CaseReceipt("11450721MB155808114000104002000" + "20250305" + String.format("%04d", sequence % 10000),
                "11450721MB155808114000104002000", "食品经营许可（新办）", "青秀区市场监督管理局", CaseKind.PROMISED,
                TimeLimit.workingDays(20), name, "1101**********002X", Instant.parse("2025-03-05T01:30:00Z"), 3,
                "综合受理窗口", "南宁市青秀区政务服务中心", "李娜");
        return reports.toPdf(reports.fillReceipt(receipt)).length;
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
