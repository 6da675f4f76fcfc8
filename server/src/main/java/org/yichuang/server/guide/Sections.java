package org.yichuang.server.guide;

/**
 * The numbered sections (一、二、三…) of a guide page, numbered as on the printed guide so that "see section 三"
 * means the same on paper and on the phone. Numbering here keeps optional sections from leaving gaps.
 */
final class Sections {
    private static final String NUMERALS = "一二三四五六七八九十";

    private final Html html;
    private int number;

    Sections(Html html) {
        this.html = html;
    }

    /** Opens the next section under its numbered heading; close it with {@link #close()}. */
    Html open(String title) {
        number++;
        html.open("section", "class", "part").element("h2", numeral(number) + "、" + title);
        return html;
    }

    void close() {
        html.close("section");
    }

    private static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        return "十" + NUMERALS.charAt(n - 11);
    }
}
