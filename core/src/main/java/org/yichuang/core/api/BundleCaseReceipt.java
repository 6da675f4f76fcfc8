package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.TimeLimit;

/**
 * What the server returns for a received 一件事 application, and what its one receipt prints: the parent case and
 * its children.
 *
 * @param parentCaseNo            the application's number (一件事编号): bundle code + yyyyMMdd + daily sequence
 * @param bundleLimit             the bundle's own promised limit, or {@code null} (then the run mode decides)
 * @param dueDate                 the last day of the whole application (the latest child, or the bundle limit)
 * @param applicantIdNumberMasked ID number masked as on every printed paper
 * @param ticketNumber            the queue ticket (排队号) the application was received for, or null
 * @param ticketWaitSeconds       how long that ticket waited, issued to first called; null without a ticket
 */
public record BundleCaseReceipt(String parentCaseNo, String bundleCode, String bundleName, BundleRunMode runMode,
        TimeLimit bundleLimit, LocalDate dueDate, Instant dueAt, String applicantName, String applicantIdNumberMasked,
        Instant receivedAt, int counterNo, String counterName, String hallName, String staffName,
        List<BundleChildReceipt> children, String ticketNumber, Long ticketWaitSeconds) {
    /** Copies the list. */
    public BundleCaseReceipt {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A receipt without a queue ticket. */
    public BundleCaseReceipt(String parentCaseNo, String bundleCode, String bundleName, BundleRunMode runMode,
            TimeLimit bundleLimit, LocalDate dueDate, Instant dueAt, String applicantName,
            String applicantIdNumberMasked, Instant receivedAt, int counterNo, String counterName, String hallName,
            String staffName, List<BundleChildReceipt> children) {
        this(parentCaseNo, bundleCode, bundleName, runMode, bundleLimit, dueDate, dueAt, applicantName,
                applicantIdNumberMasked, receivedAt, counterNo, counterName, hallName, staffName, children, null, null);
    }
}
