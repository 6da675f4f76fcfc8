package org.yichuang.core.catalog;

/**
 * The risk an item touches (风险类别): items of 公共安全、生态环境、人身健康、生命财产安全 are excluded from 容缺受理 unless
 * the hall's configuration allows it, and always from 告知承诺 (RULES.md §2.2, §2.4; 国办发〔2020〕42号).
 */
public enum RiskCategory {
    /** 无特别风险. */
    NONE("无"),
    /** 公共安全. */
    PUBLIC_SAFETY("公共安全"),
    /** 生态环境. */
    ECOLOGICAL_ENVIRONMENT("生态环境"),
    /** 人身健康. */
    PERSONAL_HEALTH("人身健康"),
    /** 生命财产安全. */
    LIFE_AND_PROPERTY("生命财产安全");

    private final String label;

    RiskCategory(String label) {
        this.label = label;
    }

    /** Returns the Chinese label (as the workbook writes it). */
    public String label() {
        return label;
    }

    /** Returns true for the four categories that exclude 容缺 and 告知承诺. */
    public boolean risky() {
        return this != NONE;
    }
}
