package org.yichuang.server.guide;

/** Escapes catalogue text for HTML element content and quoted attribute values alike. */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Returns the text with {@code & < > " '} replaced by entities; null becomes empty. One escaper for text and
     * attributes keeps call sites from choosing the wrong one, and the entities used are also valid XML, so tests
     * can parse the pages.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text.charAt(i));
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
