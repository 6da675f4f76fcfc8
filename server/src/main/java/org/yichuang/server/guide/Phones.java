package org.yichuang.server.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the phone numbers inside a contact field (e.g. "0771-6231201（工作日）") into {@code tel:} links. */
final class Phones {
    /** A number of at least three digits, optionally with + and hyphens: 12345, 0771-6231201, +86-771-6231201. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d-]*\\d{2}");

    private Phones() {
    }

    /** Writes the field with each number linked and the text around it escaped. */
    static void write(Html html, String field) {
        Matcher m = NUMBER.matcher(field);
        int last = 0;
        while (m.find()) {
            html.text(field.substring(last, m.start()));
            // only digits, + and - reach the href: the pattern allows nothing else
            html.element("a", m.group(), "href", "tel:" + m.group(), "class", "tel");
            last = m.end();
        }
        html.text(field.substring(last));
    }
}
