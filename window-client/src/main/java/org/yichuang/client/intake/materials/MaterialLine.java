package org.yichuang.client.intake.materials;

import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.intake.MaterialStatus;

/**
 * One line of the materials checklist (材料清单, GB/T 39046 表5) as the clerk has it: what the item version asks for
 * and what was found. Immutable; the presenter replaces a line with a {@code withX} copy.
 *
 * @param requirement  the material as the item version lists it (condition, deferrable, counts asked for)
 * @param received     是否收取
 * @param applies      for a conditional material (情形材料): whether its condition applies to this applicant
 * @param channel      收取方式
 * @param originalVerified 原件已核验并退还
 * @param problem      what is wrong (不符合要求), or null; a received material with a problem is DEFECTIVE
 */
public record MaterialLine(MaterialRequirement requirement, boolean received, boolean applies,
        MaterialChannel channel, boolean originalVerified, int originals, int copies, int pages, String problem) {

    /** A line as the checklist starts: nothing received; a conditional material (情形材料) does not apply until the clerk ticks it. */
    public static MaterialLine of(MaterialRequirement m) {
        return new MaterialLine(m, false, m.required(), MaterialChannel.PAPER, false, m.originals(), m.copies(), 0, null);
    }

    public String name() {
        return requirement.name();
    }

    /** Returns true for a conditional material (情形材料), whose condition the clerk ticks. */
    public boolean conditional() {
        return !requirement.required();
    }

    /** Returns the status the server is told. */
    public MaterialStatus status() {
        if (conditional() && !applies) {
            return MaterialStatus.NOT_APPLICABLE;
        }
        if (!received) {
            return MaterialStatus.MISSING;
        }
        return problem != null && !problem.isBlank() ? MaterialStatus.DEFECTIVE : MaterialStatus.RECEIVED;
    }

    /** Returns the line as core's rules and the server read it. */
    public MaterialCheck check() {
        MaterialStatus status = status();
        boolean in = status == MaterialStatus.RECEIVED || status == MaterialStatus.DEFECTIVE;
        return new MaterialCheck(name(), status, in ? channel : null, in && originalVerified, in ? originals : 0,
                in ? copies : 0, in ? pages : 0, status == MaterialStatus.DEFECTIVE ? problem.strip() : null);
    }

    public MaterialLine withReceived(boolean value) {
        return new MaterialLine(requirement, value, value || applies, channel, originalVerified, originals, copies,
                pages, problem);
    }

    public MaterialLine withApplies(boolean value) {
        return new MaterialLine(requirement, value && received, value, channel, originalVerified, originals, copies,
                pages, problem);
    }

    public MaterialLine withChannel(MaterialChannel value) {
        return new MaterialLine(requirement, received, applies, value, originalVerified, originals, copies, pages,
                problem);
    }

    public MaterialLine withOriginalVerified(boolean value) {
        return new MaterialLine(requirement, received, applies, channel, value, originals, copies, pages, problem);
    }

    public MaterialLine withCounts(int originalsValue, int copiesValue, int pagesValue) {
        return new MaterialLine(requirement, received, applies, channel, originalVerified, originalsValue, copiesValue,
                pagesValue, problem);
    }

    public MaterialLine withProblem(String value) {
        return new MaterialLine(requirement, received, applies, channel, originalVerified, originals, copies, pages,
                value == null || value.isBlank() ? null : value);
    }
}
