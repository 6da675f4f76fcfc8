package org.yichuang.reports.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a print queue (打印机) is doing, in words a clerk can act on.
 *
 * @param name          the queue's name, as the counter remembers it
 * @param description   what the administrator called it (printer-info), or null
 * @param state         idle, printing, stopped or unknown
 * @param reasons       IPP printer-state-reasons keywords without their severity suffix ({@code paused},
 *                      {@code media-empty}); never {@code none}
 * @param message       the queue's own text (CUPS printer-state-message, e.g. the reason given to cupsdisable), or null
 * @param acceptingJobs false when the queue refuses new jobs (cupsreject)
 * @param queuedJobs    jobs waiting, or -1 when unknown
 */
public record PrinterStatus(String name, String description, State state, List<String> reasons, String message,
        boolean acceptingJobs, int queuedJobs) {
    /** The queue's state (IPP printer-state). */
    public enum State { IDLE, PROCESSING, STOPPED, UNKNOWN }

    /** Texts CUPS writes itself; they say nothing the reasons do not. */
    private static final List<String> CUPS_DEFAULT_MESSAGES = List.of("paused", "rejecting jobs.", "");
    /** Reasons in the words of the hall; the rest are shown as CUPS names them. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("paused", "队列已停止"),
            Map.entry("media-empty", "缺纸"),
            Map.entry("media-needed", "缺纸"),
            Map.entry("media-jam", "卡纸"),
            Map.entry("toner-empty", "墨粉用尽"),
            Map.entry("marker-supply-empty", "耗材用尽"),
            Map.entry("door-open", "机盖未关"),
            Map.entry("cover-open", "机盖未关"),
            Map.entry("offline", "打印机脱机"),
            Map.entry("shutdown", "打印机已关机"),
            Map.entry("connecting-to-device", "正在连接打印机"),
            Map.entry("cups-missing-filter", "缺少打印驱动"),
            Map.entry("other", "打印机故障"));

    /** Copies the reasons. */
    public PrinterStatus {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /**
     * Reasons that mean the device itself is gone while the queue still looks fine: CUPS' USB and network backends
     * report {@code offline} when the printer is switched off or unplugged and keep the job, so the applicant's paper
     * would wait inside CUPS where the counter cannot see it.
     */
    private static final List<String> DEVICE_GONE = List.of("offline", "shutdown");

    /** Returns true when a job sent now would print: accepted, not held by a stopped queue, the device there. */
    public boolean ready() {
        return acceptingJobs && state != State.STOPPED && !deviceGone();
    }

    private boolean deviceGone() {
        return reasons.stream().anyMatch(DEVICE_GONE::contains);
    }

    /** Returns why the queue cannot print, in Chinese ("队列已停止：卡纸"), or null when it can. */
    public String cause() {
        if (ready()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String reason : reasons) {
            String text = REASONS.get(reason);
            if (text != null && !parts.contains(text)) {
                parts.add(text);
            }
        }
        if (parts.isEmpty()) {
            parts.add(state == State.STOPPED ? "队列已停止" : "不接收新的打印任务");
        }
        String cause = String.join("、", parts);
        String own = message == null ? "" : message.strip();
        if (!CUPS_DEFAULT_MESSAGES.contains(own.toLowerCase(Locale.ROOT)) && !parts.contains(own)) {
            cause += "：" + own;
        }
        return cause;
    }

    /** Returns the message a clerk sees when printing here fails before sending, or null when the queue is ready. */
    public String problem() {
        if (ready()) {
            return null;
        }
        if (state == State.STOPPED) {
            return "打印机“" + name + "”已暂停（" + cause() + "），请联系管理员启用后重试。";
        }
        if (acceptingJobs && deviceGone()) {
            return "打印机“" + name + "”脱机（" + cause() + "），请检查打印机电源和连接线后重试。";
        }
        return "打印机“" + name + "”不接收打印任务（" + cause() + "），请联系管理员恢复后重试。";
    }

    /** Returns the state in a few words for the printer chooser: 就绪, 正在打印（2 个任务排队）, 已暂停（…）. */
    public String summary() {
        if (state == State.STOPPED) {
            return "已暂停（" + cause() + "）";
        }
        if (!acceptingJobs) {
            return "不接收任务（" + cause() + "）";
        }
        if (deviceGone()) {
            return "脱机（" + cause() + "）";
        }
        String waiting = queuedJobs > 0 ? "，" + queuedJobs + " 个任务排队" : "";
        return (state == State.PROCESSING ? "正在打印" : "就绪") + waiting;
    }
}
