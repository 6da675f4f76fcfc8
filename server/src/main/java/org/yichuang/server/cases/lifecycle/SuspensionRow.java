package org.yichuang.server.cases.lifecycle;

import java.time.LocalDate;

/** A stored clock stop (特别程序); {@code endedOn} null while it runs. */
public record SuspensionRow(long id, String kind, String reason, LocalDate startedOn, LocalDate endedOn) {
}
