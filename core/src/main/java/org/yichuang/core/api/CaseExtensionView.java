package org.yichuang.core.api;

import java.time.Instant;

/** An extension (延期, 行政许可法 Art. 42) with its approver (负责人) and reason. */
public record CaseExtensionView(int workingDays, String reason, String approverName, Instant grantedAt) {
}
