package org.yichuang.core.catalog;

/** What role a material plays; identity documents and application forms can never be deferred (容缺). */
public enum MaterialKind {
    /** 身份证明 (ID card, passport, business licence of the applicant). */
    IDENTITY_DOCUMENT,
    /** 申请表/申请书. */
    APPLICATION_FORM,
    /** Any other material. */
    OTHER;

    /** Returns true when RULES.md §2.2 forbids deferring it. */
    public boolean neverDeferrable() {
        return this != OTHER;
    }
}
