package org.yichuang.core.api;

import java.time.LocalDate;
import org.yichuang.core.catalog.SpecialProcedureKind;

/** A special procedure (特别程序) that stopped the clock; {@code endedOn} is null while it runs. */
public record CaseSuspensionView(SpecialProcedureKind kind, String kindLabel, String reason, LocalDate startedOn,
        LocalDate endedOn) {
}
