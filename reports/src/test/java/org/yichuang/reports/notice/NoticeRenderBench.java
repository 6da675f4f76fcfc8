package org.yichuang.reports.notice;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;

/**
 * Times every document kind on every paper it supports as the server issues them (fill + PDF): the first render
 * after JVM start, then warm renders taken round-robin over all kinds, so no kind is timed only while the JIT is
 * still at work on it. Run by bench/notice-render.sh; not a test.
 *
 * <p>Arguments: [renders per kind and paper].
 */
public final class NoticeRenderBench {
    private static final int WARM = 100;
    /** The figure's target (issue 10): every kind's warm p95 under this. */
    private static final double TARGET_MS = 150;

    private NoticeRenderBench() {
    }

    public static void main(String[] args) {
        int warm = args.length > 0 ? Integer.parseInt(args[0]) : WARM;
        List<NoticeData> cases = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Paper paper : Paper.values()) {
                if (kind.papers().contains(paper)) {
                    cases.add(Notices.data(kind));
                    papers.add(paper);
                }
            }
        }
        long start = System.nanoTime();
        NoticeRenderer renderer = new NoticeRenderer(ZoneId.of("Asia/Shanghai"));
        long constructed = System.nanoTime();
        long bytes = renderer.pdf(cases.get(0), papers.get(0), false).length;
        long first = System.nanoTime();
        for (int i = 0; i < cases.size(); i++) {   // one untimed round: each template and kind once
            bytes += renderer.pdf(cases.get(i), papers.get(i), false).length;
        }

        int n = cases.size();
        double[][] millis = new double[n][warm];
        double[][] cpu = new double[n][warm];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < warm; round++) {
            for (int i = 0; i < n; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                bytes += renderer.pdf(cases.get(i), papers.get(i), round % 10 == 0).length;
                millis[i][round] = (System.nanoTime() - t) / 1e6;
                cpu[i][round] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        double worst = 0;
        String worstName = "";
        double[] all = new double[n * warm];
        for (int i = 0; i < n; i++) {
            Arrays.sort(millis[i]);
            Arrays.sort(cpu[i]);
            System.arraycopy(millis[i], 0, all, i * warm, warm);
            String name = cases.get(i).kind().name() + "/" + papers.get(i);
            double p95 = percentile(millis[i], 95);
            System.out.printf("  %-36s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (thread CPU p95 %6.1f ms)%n", name,
                    percentile(millis[i], 50), p95, millis[i][warm - 1], percentile(cpu[i], 95));
            if (p95 > worst) {
                worst = p95;
                worstName = name;
            }
        }
        Arrays.sort(all);
        System.out.printf("FIGURE notice-render: %d kinds × papers, warm p95 of the slowest %.1f ms (%s), all renders "
                + "p50 %.1f ms, p95 %.1f ms; first after start %.0f ms (fill + PDF; target p95 < %.0f ms: %s)%n", n,
                worst, worstName, percentile(all, 50), percentile(all, 95), (first - constructed) / 1e6, TARGET_MS,
                worst < TARGET_MS ? "met" : "NOT met");
        System.out.printf("details: NoticeRenderer constructor %.0f ms; %d warm renders per kind and paper (every 10th a"
                + " 副本), %d PDF bytes in all%n", (constructed - start) / 1e6, warm, bytes);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
