package org.yichuang.core.catalog;

import java.util.Objects;

/** A special procedure an item allows, and whether it stops the clock (不计入办理时限). */
public record SpecialProcedure(SpecialProcedureKind kind, boolean stopsClock) {
    /** Validates the parts. */
    public SpecialProcedure {
        Objects.requireNonNull(kind, "kind");
    }
}
