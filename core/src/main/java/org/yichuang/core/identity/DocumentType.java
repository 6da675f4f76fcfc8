package org.yichuang.core.identity;

/**
 * The identity documents a natural-person applicant may show at the counter (证件类型), with the label the forms and
 * notices print. How each number is validated belongs to the document type's own value type.
 */
public enum DocumentType {
    /** 居民身份证 (GB 11643 number). */
    RESIDENT_ID("居民身份证"),
    /** 港澳居民来往内地通行证 (回乡证). */
    HK_MACAO_PERMIT("港澳居民来往内地通行证"),
    /** 台湾居民来往大陆通行证 (台胞证). */
    TAIWAN_PERMIT("台湾居民来往大陆通行证"),
    /** 港澳台居民居住证 (GB 11643-format number starting 81/82/83). */
    HMT_RESIDENCE_PERMIT("港澳台居民居住证"),
    /** 外国人永久居留身份证 (2017: 3 letters + 12 digits; 2023: 18 digits starting with 9). */
    FOREIGN_PERMANENT_RESIDENCE("外国人永久居留身份证"),
    /** 护照. */
    PASSPORT("护照");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** Returns the Chinese name printed on forms and notices. */
    public String label() {
        return label;
    }
}
