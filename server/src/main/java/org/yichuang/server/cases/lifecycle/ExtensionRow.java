package org.yichuang.server.cases.lifecycle;

import java.time.Instant;

/** A stored extension (延期) with its approver's display name. */
public record ExtensionRow(int workingDays, String reason, String approverName, Instant grantedAt) {
}
