package org.yichuang.core.person;

/**
 * Who applies (申请人类型, RULES.md §3.2): a natural person identified by a document, or an organisation identified by
 * its unified social credit code and represented by its legal representative (法定代表人 / 负责人).
 */
public enum ApplicantKind {
    /** 自然人: a document type and number. */
    NATURAL_PERSON("自然人"),
    /** 法人: unified social credit code and 法定代表人. */
    LEGAL_PERSON("法人"),
    /** 其他组织 (非法人组织, 民法典 Art. 102): unified social credit code and 负责人. */
    OTHER_ORGANISATION("其他组织");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    /** Returns the Chinese name printed on forms and notices. */
    public String label() {
        return label;
    }

    /** Returns true for legal persons and other organisations (identified by a credit code). */
    public boolean organisation() {
        return this != NATURAL_PERSON;
    }
}
