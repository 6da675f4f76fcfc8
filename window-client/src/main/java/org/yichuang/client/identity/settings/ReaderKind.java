package org.yichuang.client.identity.settings;

/** Which reader a counter uses (读卡器类型). */
public enum ReaderKind {
    /** A certified resident-ID reader's SAM module on a serial port. */
    SAM_SERIAL("身份证阅读器（串口）"),
    /** A social-security card in a PC/SC terminal's contact slot. */
    PCSC("社会保障卡（PC/SC）"),
    /** No reader: the clerk types the applicant in. */
    NONE("不使用读卡器");

    private final String label;

    ReaderKind(String label) {
        this.label = label;
    }

    /** Returns the Chinese label the settings dialog shows. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
