package org.yichuang.client.search;

import java.util.Arrays;

/**
 * One pinyin spelling of a text (e.g. {@code gonggongchangsuo}) with where each syllable starts, so that
 * "contains" can be limited to syllable starts: {@code chang} finds 场 but {@code ngch} finds nothing.
 */
final class Spelling {
    private final String text;
    private final int[] starts;

    Spelling(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    String text() {
        return text;
    }

    /** Returns 0 when the spelling starts with {@code word}, 1 when a later syllable does, -1 otherwise. */
    int match(String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            if (at == 0) {
                return 0;
            }
            if (Arrays.binarySearch(starts, at) >= 0) {
                return 1;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
