package org.yichuang.server.guide;

/**
 * A small HTML writer: tag and attribute names come from code, every text and attribute value passes through
 * {@link HtmlText#escape}, so catalogue text can never become markup. Void elements are written as {@code <br/>}
 * and boolean attributes with a value, which keeps the pages well-formed XML as well as valid HTML.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens an element; attributes come as name, value pairs, and a pair whose value is null is left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content, such as {@code meta} or {@code input}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(HtmlText.escape(text));
        return this;
    }

    /** An element holding only escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Markup written in this package (the style sheet, the search script, the doctype); never catalogue text. */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(HtmlText.escape(attributes[i + 1]))
                        .append('"');
            }
        }
    }
}
