package org.yichuang.core.catalog;

import java.util.List;

/**
 * A bundle (一件事): items an applicant usually needs together, applied for once; a bundle case becomes one
 * parent case with a child case per item.
 *
 * @param itemCodes     implementation codes of the member items, in the order they are handled
 * @param runMode       whether the members run in parallel (并联) or in order (串联); {@code null} reads as PARALLEL
 * @param promisedLimit the bundle's own promised limit (一件事承诺时限, e.g. the "2、5、6" rule's 0.5 working day for
 *                      企业开办, stored as 4 office hours), or {@code null}: then each member keeps its own and the run
 *                      mode decides the bundle's due date. When set it binds every child and the parent, and may not
 *                      be longer than any member's statutory limit ({@link BundleRules})
 */
public record ServiceBundle(String code, String name, String description, List<String> itemCodes,
        BundleRunMode runMode, TimeLimit promisedLimit) {
    /** Copies the list so a bundle never changes after validation. */
    public ServiceBundle {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        runMode = runMode == null ? BundleRunMode.PARALLEL : runMode;
    }

    /** A parallel bundle without its own limit. */
    public ServiceBundle(String code, String name, String description, List<String> itemCodes) {
        this(code, name, description, itemCodes, BundleRunMode.PARALLEL, null);
    }

    /** Returns this bundle with another run mode and own limit. */
    public ServiceBundle withSchedule(BundleRunMode mode, TimeLimit limit) {
        return new ServiceBundle(code, name, description, itemCodes, mode, limit);
    }
}
