package org.yichuang.client.cases;

import java.util.Locale;

/**
 * The card colour (红黄牌) of a case as the client shows it: always a word next to the colour, so that it reads on a
 * monochrome screen and for colour-blind clerks.
 */
public enum AlertCard {
    /** No alert. */
    NONE,
    /** 预警: close to the promised due date (orange). */
    WARNING,
    /** 黄牌: the promised limit passed or a step is overdue (yellow). */
    YELLOW,
    /** 红牌: the statutory limit passed (red). */
    RED;

    /** Parses the server's level code; unknown or missing means {@link #NONE}. */
    public static AlertCard of(String code) {
        if (code == null) {
            return NONE;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /** Returns the theme key of the badge's background, e.g. {@code Yichuang.card.red.background}. */
    public String backgroundKey() {
        return "Yichuang.card." + name().toLowerCase(Locale.ROOT) + ".background";
    }

    /** Returns the theme key of the badge's text colour. */
    public String foregroundKey() {
        return "Yichuang.card." + name().toLowerCase(Locale.ROOT) + ".foreground";
    }
}
