package org.yichuang.server.account;

import java.time.Instant;

/**
 * The persisted sign-in state of one submitted user name (known or not) as seen from one client address.
 *
 * @param failures      recent failures over all addresses; 0 when none are remembered
 * @param lastFailureAt null when {@code failures} is 0
 * @param trusted       true when the name signed in successfully from this address before
 */
public record NameThrottleRow(int failures, Instant lastFailureAt, boolean trusted) {
}
