package org.yichuang.server.account;

import java.time.Instant;

/** A session joined with its staff member and counter; {@code tokenHash} is the token's fingerprint, never the token. */
public record SessionRow(long id, long staffId, String username, String displayName, boolean enabled, String roles,
        Instant expiresAt, Instant revokedAt, Long counterId, Integer counterNumber, String counterName,
        String hallName, String hallZone, String tokenHash) {
}
