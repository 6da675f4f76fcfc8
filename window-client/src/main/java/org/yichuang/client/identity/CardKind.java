package org.yichuang.client.identity;

/** Which card (and channel) an {@link IdentityCard} came from; the form marks fields read from a card by it. */
public enum CardKind {
    /** 居民身份证, read through a certified reader's SAM module (serial). */
    RESIDENT_ID_CARD("居民身份证"),
    /** 港澳台居民居住证 (text block marker J), SAM. */
    HMT_RESIDENCE_PERMIT_CARD("港澳台居民居住证"),
    /** 2017 外国人永久居留身份证 (marker I), SAM. */
    FOREIGN_PERMANENT_RESIDENCE_CARD_2017("外国人永久居留身份证（2017版）"),
    /** 社会保障卡, read over PC/SC. */
    SOCIAL_SECURITY_CARD("社会保障卡"),
    /** Typed in by the clerk (no card). */
    TYPED("手工录入");

    private final String label;

    CardKind(String label) {
        this.label = label;
    }

    /** Returns the Chinese name shown next to the fields it filled. */
    public String label() {
        return label;
    }
}
