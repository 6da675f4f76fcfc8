package org.yichuang.client.identity.settings;

/** What the intake does with a card whose validity has ended (过期证件处理). */
public enum ExpiredCardPolicy {
    /** Fill the form and warn; the clerk decides (the default: some items accept an expired card). */
    WARN("警告，可继续"),
    /** Fill nothing and say why. */
    BLOCK("禁止受理");

    private final String label;

    ExpiredCardPolicy(String label) {
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
