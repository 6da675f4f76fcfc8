package org.yichuang.core.api;

import java.util.Set;

/**
 * That a card was read at the caller's counter (读卡记录), for the audit log: only the kind of card, never what it
 * said. The server knows the counter from the session.
 *
 * @param cardKind one of {@link #CARD_KINDS} (the client's {@code CardKind} names)
 */
public record IdentityReadNotice(String cardKind) {
    /** The card kinds a counter can read; anything else is refused ({@code IDENTITY_CARD_KIND_UNKNOWN}). */
    public static final Set<String> CARD_KINDS = Set.of("RESIDENT_ID_CARD", "HMT_RESIDENCE_PERMIT_CARD",
            "FOREIGN_PERMANENT_RESIDENCE_CARD_2017", "SOCIAL_SECURITY_CARD");

    /**
     * Returns true when {@code cardKind} is one a counter reads. Static on purpose: an instance is-getter would be
     * sent as a JSON property ("knownKind") that the server refuses as unknown.
     */
    public static boolean isKnownKind(String cardKind) {
        return cardKind != null && CARD_KINDS.contains(cardKind);
    }
}
