package org.yichuang.reports.printer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterInfo;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReason;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.attribute.standard.QueuedJobCount;
import javax.print.attribute.standard.Severity;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The print queues this PC knows and their state: javax.print's attributes (enough on Windows), completed by CUPS
 * where javax.print leaves the state unknown.
 */
public final class Printers {
    private final CupsQuery cups = new CupsQuery();

    /** Returns every queue with its state, sorted by name. */
    public List<PrinterStatus> all() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(this::status)
                .sorted(Comparator.comparing(PrinterStatus::name)).toList();
    }

    /** Returns the system's default queue, if there is one. */
    public Optional<String> defaultName() {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        return Optional.ofNullable(service).map(PrintService::getName);
    }

    /** Returns the service of the queue named exactly so, if the system knows it. */
    public Optional<PrintService> service(String name) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(name)).findFirst();
    }

    /**
     * Returns the queue's service when a job sent now would print.
     *
     * @throws DomainException PRINTER_UNAVAILABLE naming the queue and why: unknown, stopped, refusing jobs
     */
    public PrintService ready(String name) {
        PrintService service = service(name).orElseThrow(() -> new DomainException(ErrorCode.PRINTER_UNAVAILABLE,
                "未找到打印机“" + name + "”，请检查打印机设置或选择其他打印机。"));
        PrinterStatus status = status(service);
        if (!status.ready()) {
            throw new DomainException(ErrorCode.PRINTER_UNAVAILABLE, status.problem());
        }
        return service;
    }

    /** Returns the state of one queue. */
    public PrinterStatus status(PrintService service) {
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        PrinterState state = service.getAttribute(PrinterState.class);
        PrinterStateReasons reasons = service.getAttribute(PrinterStateReasons.class);
        QueuedJobCount queued = service.getAttribute(QueuedJobCount.class);
        PrinterInfo info = service.getAttribute(PrinterInfo.class);
        PrinterStatus fromJava = new PrinterStatus(service.getName(), info == null ? null : info.getValue(),
                state(state), reasons == null ? List.of() : keywords(reasons), null,
                accepting != PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS, queued == null ? -1 : queued.getValue());
        if (state != null) {
            return fromJava;
        }
        return cups.attributes(service.getName()).map(a -> fromCups(fromJava, a)).orElse(fromJava);
    }

    private static PrinterStatus fromCups(PrinterStatus java, Map<String, List<Object>> a) {
        PrinterStatus.State state = switch (first(a, "printer-state") instanceof Integer i ? i : 0) {
            case 3 -> PrinterStatus.State.IDLE;
            case 4 -> PrinterStatus.State.PROCESSING;
            case 5 -> PrinterStatus.State.STOPPED;
            default -> PrinterStatus.State.UNKNOWN;
        };
        List<String> reasons = a.getOrDefault("printer-state-reasons", List.of()).stream().map(String::valueOf)
                .map(Printers::withoutSeverity).filter(r -> !r.equals("none")).distinct().toList();
        boolean accepting = first(a, "printer-is-accepting-jobs") instanceof Boolean b ? b : java.acceptingJobs();
        int queued = first(a, "queued-job-count") instanceof Integer i ? i : java.queuedJobs();
        String message = first(a, "printer-state-message") instanceof String s && !s.isBlank() ? s : null;
        return new PrinterStatus(java.name(), java.description(), state, reasons, message, accepting, queued);
    }

    private static Object first(Map<String, List<Object>> a, String name) {
        List<Object> values = a.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static PrinterStatus.State state(PrinterState state) {
        if (state == PrinterState.IDLE) {
            return PrinterStatus.State.IDLE;
        }
        if (state == PrinterState.PROCESSING) {
            return PrinterStatus.State.PROCESSING;
        }
        return state == PrinterState.STOPPED ? PrinterStatus.State.STOPPED : PrinterStatus.State.UNKNOWN;
    }

    /** Only reasons that stop or hinder printing; reports (severity REPORT) are noise at the counter. */
    private static List<String> keywords(PrinterStateReasons reasons) {
        Set<PrinterStateReason> shown = reasons.entrySet().stream().filter(e -> e.getValue() != Severity.REPORT)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return shown.stream().map(r -> withoutSeverity(r.toString())).sorted().toList();
    }

    private static String withoutSeverity(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("-error", "-warning", "-report")) {
            if (k.endsWith(suffix)) {
                return k.substring(0, k.length() - suffix.length());
            }
        }
        return k;
    }
}
