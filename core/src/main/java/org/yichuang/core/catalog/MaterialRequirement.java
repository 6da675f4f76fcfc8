package org.yichuang.core.catalog;

import java.util.Objects;

/**
 * A material an item asks for (申请材料).
 *
 * @param originals  原件份数
 * @param copies     复印件份数
 * @param paperSize  e.g. A4; null when not paper
 * @param sealOrSignature 签章要求, e.g. "申请人签字" or "加盖单位公章"; null when none
 * @param required   false for conditional materials (情形材料)
 * @param condition  when {@code required} is false, the situation in which it is needed
 * @param deferrable 可容缺: may be handed in after acceptance (only on items that allow 容缺受理)
 * @param sampleRef  reference of a sample file (样表), or null
 * @param supplementDays 容缺补交期限: working days after acceptance to hand a deferred material in; only on deferrable
 *                   materials, never beyond the item's promised limit (RULES.md §2.2); null: by the promised due date
 */
public record MaterialRequirement(String name, MaterialKind kind, int originals, int copies, String paperSize,
        String sealOrSignature, MaterialSource source, boolean required, String condition, boolean deferrable,
        String sampleRef, String notes, Integer supplementDays) {

    /** A material without its own supplement period (a deferred one is due by the promised due date). */
    public MaterialRequirement(String name, MaterialKind kind, int originals, int copies, String paperSize,
            String sealOrSignature, MaterialSource source, boolean required, String condition, boolean deferrable,
            String sampleRef, String notes) {
        this(name, kind, originals, copies, paperSize, sealOrSignature, source, required, condition, deferrable,
                sampleRef, notes, null);
    }

    /** Checks what a record alone can check; rules that involve the item are in {@link ServiceItemRules}. */
    public MaterialRequirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** Returns a copy with this supplement period (补交期限, working days). */
    public MaterialRequirement withSupplementDays(Integer days) {
        return new MaterialRequirement(name, kind, originals, copies, paperSize, sealOrSignature, source, required,
                condition, deferrable, sampleRef, notes, days);
    }
}
