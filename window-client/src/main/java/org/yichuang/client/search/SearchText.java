package org.yichuang.client.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search text is compared: NFKC-folded (full-width ＡＢ１ and （） become AB1 and ()), lower-case, blanks
 * dropped. Keys and query words are folded the same way, so what the clerk types meets what the catalog says.
 */
public final class SearchText {
    private SearchText() {
    }

    /** Returns {@code text} folded for comparison, without any blank; "" for null. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String quick = quickFold(text);
        if (quick != null) {
            return quick;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isBlank(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits a query into folded words at blanks (including the ideographic space); empty words are dropped. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>(2);
        if (query == null) {
            return words;
        }
        String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean blank = i == folded.length() || isBlank(folded.charAt(i));
            if (blank && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /**
     * Folds the text of almost every catalog name without the normalizer (a tenth of the index build): common
     * ideographs and ASCII are left as NFKC leaves them, full-width ASCII and the ideographic space map to ASCII
     * exactly as NFKC maps them. Returns null when any other character needs the full normalizer.
     */
    private static String quickFold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);   // full-width ASCII: (（ → (, Ａ → A
            } else if (c == 0x3000) {
                c = ' ';
            } else if (!(c < 0x7F || (c >= 0x4E00 && c <= 0x9FFF) || c == '、' || c == '。' || c == '《' || c == '》'
                    || c == '“' || c == '”' || c == '·')) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (!isBlank(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
