package org.yichuang.client.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Spells folded text in pinyin (拼音) without tones, ü as {@code v}: initials ({@code ggcswsxkzhf}) and full
 * spellings. Latin letters and digits pass through as they are; punctuation is skipped.
 *
 * <p>Polyphonic characters (多音字: 长 zhang/chang, 行 xing/hang, 重 zhong/chong…) yield alternative spellings: first
 * every character's first reading, then each single other reading, then pairs of them, up to
 * {@link #MAX_VARIANTS}. So every reading of every character is matched as long as a name has fewer than
 * {@code MAX_VARIANTS} alternative readings in all, and a pathological name cannot blow up the index.
 *
 * <p>Not thread-safe: it memoises readings per character. It reads pinyin4j's raw readings ({@code lv4}) and
 * drops the tone itself, because pinyin4j's own formatter compiles regular expressions on every lookup.
 */
final class PinyinSpeller {
    /** The most spellings kept per text, for initials and for full pinyin each. */
    static final int MAX_VARIANTS = 16;

    private static final String[] NONE = new String[0];

    /** Readings by character, filled as characters are met; a name has few distinct characters. */
    private final String[][] readings = new String[Character.MAX_VALUE + 1][];

    /** Returns the distinct toneless readings of each spelled character of {@code folded} text, in order. */
    List<String[]> units(String folded) {
        List<String[]> units = new ArrayList<>(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            String[] r = readings(folded.charAt(i));
            if (r.length > 0) {
                units.add(r);
            }
        }
        return units;
    }

    /** Returns the initials spellings of the units, first-reading spelling first, without repeats. */
    List<String> initials(List<String[]> units) {
        List<String[]> firstLetters = new ArrayList<>(units.size());
        for (String[] unit : units) {
            Set<String> distinct = new LinkedHashSet<>();
            for (String reading : unit) {
                distinct.add(reading.substring(0, 1));
            }
            firstLetters.add(distinct.toArray(String[]::new));
        }
        Set<String> out = new LinkedHashSet<>();
        for (int[] choice : choices(firstLetters)) {
            StringBuilder s = new StringBuilder(choice.length);
            for (int u = 0; u < choice.length; u++) {
                s.append(firstLetters.get(u)[choice[u]]);
            }
            out.add(s.toString());
        }
        return List.copyOf(out);
    }

    /** Returns the full spellings of the units, first-reading spelling first, without repeats. */
    List<Spelling> full(List<String[]> units) {
        Map<String, Spelling> out = new LinkedHashMap<>();
        for (int[] choice : choices(units)) {
            StringBuilder s = new StringBuilder(choice.length * 4);
            int[] starts = new int[choice.length];
            for (int u = 0; u < choice.length; u++) {
                starts[u] = s.length();
                s.append(units.get(u)[choice[u]]);
            }
            out.putIfAbsent(s.toString(), new Spelling(s.toString(), starts));
        }
        return List.copyOf(out.values());
    }

    /**
     * Returns reading choices (an index per unit): all first readings, then single substitutions, then pairs,
     * at most {@link #MAX_VARIANTS}.
     */
    private static List<int[]> choices(List<String[]> units) {
        List<int[]> out = new ArrayList<>();
        int[] first = new int[units.size()];
        out.add(first);
        List<Integer> polyphones = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).length > 1) {
                polyphones.add(u);
            }
        }
        for (int u : polyphones) {
            for (int r = 1; r < units.get(u).length && out.size() < MAX_VARIANTS; r++) {
                int[] c = first.clone();
                c[u] = r;
                out.add(c);
            }
        }
        for (int a = 0; a < polyphones.size() && out.size() < MAX_VARIANTS; a++) {
            for (int b = a + 1; b < polyphones.size() && out.size() < MAX_VARIANTS; b++) {
                int ua = polyphones.get(a);
                int ub = polyphones.get(b);
                for (int ra = 1; ra < units.get(ua).length && out.size() < MAX_VARIANTS; ra++) {
                    for (int rb = 1; rb < units.get(ub).length && out.size() < MAX_VARIANTS; rb++) {
                        int[] c = first.clone();
                        c[ua] = ra;
                        c[ub] = rb;
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private String[] readings(char c) {
        String[] cached = readings[c];
        if (cached == null) {
            cached = lookUp(c);
            readings[c] = cached;
        }
        return cached;
    }

    private static String[] lookUp(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return new String[] {String.valueOf(c)};
        }
        String[] found = PinyinHelper.toHanyuPinyinStringArray(c);
        if (found == null || found.length == 0) {
            // other letters (Greek, accented Latin) still pass through; punctuation and unknown CJK are skipped
            return Character.isLetterOrDigit(c) && !Character.isIdeographic(c) ? new String[] {String.valueOf(c)} : NONE;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String raw : found) {
            String reading = toneless(raw);
            if (!reading.isEmpty()) {
                distinct.add(reading);   // the same syllable in several tones counts once
            }
        }
        return distinct.toArray(String[]::new);
    }

    /** {@code zhang3} → {@code zhang}, {@code lu:4} → {@code lv} (ü typed as v, as every input method does). */
    static String toneless(String raw) {
        int end = raw.length();
        while (end > 0 && Character.isDigit(raw.charAt(end - 1))) {
            end--;
        }
        String syllable = raw.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return syllable.indexOf(':') >= 0 ? syllable.replace("u:", "v") : syllable;
    }
}
