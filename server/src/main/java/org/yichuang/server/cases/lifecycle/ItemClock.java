package org.yichuang.server.cases.lifecycle;

import java.util.List;
import java.util.Map;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * What a case's clocks need from the item version it was received under: limits, special procedures, extensions
 * and step limits (环节时限).
 */
public record ItemClock(CaseKind kind, TimeLimit statutory, TimeLimit promised,
        List<SpecialProcedure> procedures, int maxExtensions, boolean jointHandling,
        Map<String, Integer> stepLimits, boolean deferralAllowed) {

    /** Art. 42(1): an extension of ten working days. */
    static final int EXTENSION_DAYS = 10;
    /** Art. 42(2): fifteen for 统一办理/联合办理/集中办理. */
    static final int JOINT_EXTENSION_DAYS = 15;

    /** The clock facts of an item version. */
    public static ItemClock of(ServiceItem item) {
        return new ItemClock(item.caseKind(), item.statutoryLimit(), item.promisedLimit(), item.specialProcedures(),
                item.maxExtensions(), item.jointHandling(), item.stepLimits(), item.deferralAllowed());
    }

    /** A case from before item versions: the item row's limits and the law's defaults. */
    public static ItemClock legacy(CaseKind kind, TimeLimit statutory, TimeLimit promised) {
        return new ItemClock(kind, statutory, promised, List.of(), ServiceItem.DEFAULT_MAX_EXTENSIONS, false,
                Map.of(), false);
    }

    /** The same facts with another promised limit: a 一件事 child's bundle limit binds it (core BundleSchedule). */
    public ItemClock withPromised(TimeLimit bundleLimit) {
        return new ItemClock(kind, statutory, bundleLimit, procedures, maxExtensions, jointHandling, stepLimits,
                deferralAllowed);
    }

    /** Returns the longest one extension may be (Art. 42): 10 working days, 15 for joint handling. */
    public int maxExtensionDays() {
        return jointHandling ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS;
    }

    /**
     * Whether a special procedure of this kind may stop the clock: an Art. 45 kind always does (the law excludes its
     * time whatever the item says), another only when the item lists it as stopping the clock.
     */
    public boolean stopsClock(SpecialProcedureKind procedure) {
        return procedure.statutoryExclusion()
                || procedures.stream().anyMatch(p -> p.kind() == procedure && p.stopsClock());
    }
}
