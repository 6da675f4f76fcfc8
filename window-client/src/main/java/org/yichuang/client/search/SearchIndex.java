package org.yichuang.client.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A search index (检索) over service items and bundles for the counter's search-as-you-type; free of Swing.
 *
 * <p>Each entry is found by its name and short names (简称, {@code 社保} → 社会保障卡申领), its codes, its department and
 * the pinyin of names and department: initials
 * ({@code ggcs} → 公共场所卫生许可证核发) and full spelling without tones ({@code gonggongchangsuo}), under every
 * reading of polyphonic characters (see {@link PinyinSpeller}). Text is compared folded ({@link SearchText}):
 * full-width forms as half-width, case ignored, blanks ignored.
 *
 * <p><b>Ranking.</b> A query is split into words at blanks; every word must match ({@code 卫生 许可},
 * {@code scjg sp}). Each word scores its best {@link MatchTier}: exact code, code prefix, exact name or short name,
 * name prefix, initials
 * prefix, full-pinyin prefix, name contains, initials/pinyin contains, code contains, department. Entries are
 * ordered by the sum of their words' tiers, then by the shorter name (the more specific item), then by the order
 * the entries were given in.
 *
 * <p>Built once per catalog load (off the EDT); {@link #search} only scans precomputed strings with
 * {@code indexOf}, so a keystroke costs a pass over the entries and one primitive sort of the hits.
 * Immutable and safe to search from any thread.
 *
 * @param <T> what an entry stands for (an item summary, a bundle)
 */
public final class SearchIndex<T> {
    /**
     * What an entry is found by; {@code codes} may hold the implementation code, base code or bundle code, and
     * {@code aliases} the short names (简称) clerks type, matched exactly like the name.
     */
    public record Fields(String name, String department, List<String> codes, List<String> aliases) {
        /** Copies the codes and short names. */
        public Fields {
            codes = codes == null ? List.of() : List.copyOf(codes);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        /** Fields without short names. */
        public Fields(String name, String department, List<String> codes) {
            this(name, department, codes, List.of());
        }
    }

    private static final int UNKNOWN = -2;
    private static final int SCORE_SHIFT = 42;
    private static final int LENGTH_SHIFT = 21;
    private static final long LOW_MASK = (1L << LENGTH_SHIFT) - 1;

    private final List<T> values;
    private final Entry[] entries;
    private final Department[] departments;

    private SearchIndex(List<T> values, Entry[] entries, Department[] departments) {
        this.values = values;
        this.entries = entries;
        this.departments = departments;
    }

    /** Builds the index of {@code values} in this order, which also breaks ties in the ranking. */
    public static <T> SearchIndex<T> build(List<? extends T> values, Function<? super T, Fields> fields) {
        List<T> copy = List.copyOf(values);
        if (copy.size() > LOW_MASK) {
            throw new IllegalArgumentException("too many entries: " + copy.size());
        }
        PinyinSpeller speller = new PinyinSpeller();
        Map<String, Integer> departmentIds = new HashMap<>();
        List<Department> departments = new ArrayList<>();
        Entry[] entries = new Entry[copy.size()];
        for (int i = 0; i < entries.length; i++) {
            Fields f = Objects.requireNonNull(fields.apply(copy.get(i)), "fields");
            String department = SearchText.fold(f.department());
            Integer id = departmentIds.get(department);
            if (id == null) {
                id = departments.size();
                departmentIds.put(department, id);
                departments.add(Department.of(department, speller));
            }
            entries[i] = Entry.of(f, id, speller);
        }
        return new SearchIndex<>(copy, entries, departments.toArray(Department[]::new));
    }

    /** Returns every entry in the order given. */
    public List<T> values() {
        return values;
    }

    /** Returns the number of entries. */
    public int size() {
        return values.size();
    }

    /** Returns the entries matching every word of {@code query}, best first; all entries for a blank query. */
    public List<T> search(String query) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return values;
        }
        int n = entries.length;
        int[] score = new int[n];
        int[] departmentTier = new int[departments.length];
        int alive = n;
        for (String word : words) {
            Arrays.fill(departmentTier, UNKNOWN);
            for (int i = 0; i < n; i++) {
                if (score[i] < 0) {
                    continue;
                }
                int tier = tier(entries[i], word, departmentTier);
                if (tier < 0) {
                    score[i] = -1;
                    alive--;
                } else {
                    score[i] += tier;
                }
            }
            if (alive == 0) {
                return List.of();
            }
        }
        long[] keys = new long[alive];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (score[i] >= 0) {
                long length = Math.min(entries[i].name.length(), LOW_MASK);
                keys[k++] = ((long) score[i] << SCORE_SHIFT) | (length << LENGTH_SHIFT) | i;
            }
        }
        Arrays.sort(keys);
        List<T> hits = new ArrayList<>(alive);
        for (long key : keys) {
            hits.add(values.get((int) (key & LOW_MASK)));
        }
        return Collections.unmodifiableList(hits);
    }

    /** Returns how {@code word} matches the entry at {@code index} (for tests and tuning), or null. */
    public MatchTier explain(int index, String word) {
        List<String> words = SearchText.words(word);
        if (words.size() != 1) {
            throw new IllegalArgumentException("one word expected: " + word);
        }
        int[] departmentTier = new int[departments.length];
        Arrays.fill(departmentTier, UNKNOWN);
        int tier = tier(entries[index], words.get(0), departmentTier);
        return tier < 0 ? null : MatchTier.values()[tier];
    }

    private int tier(Entry e, String word, int[] departmentTier) {
        boolean codeContains = false;
        boolean codePrefix = false;
        for (String code : e.codes) {
            int at = code.indexOf(word);
            if (at == 0) {
                if (code.length() == word.length()) {
                    return MatchTier.EXACT_CODE.ordinal();
                }
                codePrefix = true;
            } else if (at > 0) {
                codeContains = true;
            }
        }
        if (codePrefix) {
            return MatchTier.CODE_PREFIX.ordinal();
        }
        boolean nameContains = false;
        boolean namePrefix = false;
        for (String name : e.names) {
            int at = name.indexOf(word);
            if (at == 0) {
                if (name.length() == word.length()) {
                    return MatchTier.EXACT_NAME.ordinal();
                }
                namePrefix = true;
            }
            nameContains |= at > 0;
        }
        if (namePrefix) {
            return MatchTier.NAME_PREFIX.ordinal();
        }
        boolean pinyinContains = false;
        for (String initials : e.initials) {
            int at = initials.indexOf(word);
            if (at == 0) {
                return MatchTier.INITIALS_PREFIX.ordinal();
            }
            pinyinContains |= at > 0;
        }
        for (Spelling spelling : e.full) {
            int m = spelling.match(word);
            if (m == 0) {
                return MatchTier.PINYIN_PREFIX.ordinal();
            }
            pinyinContains |= m > 0;
        }
        if (nameContains) {
            return MatchTier.NAME_CONTAINS.ordinal();
        }
        if (pinyinContains) {
            return MatchTier.PINYIN_CONTAINS.ordinal();
        }
        if (codeContains) {
            return MatchTier.CODE_CONTAINS.ordinal();
        }
        int d = departmentTier[e.department];
        if (d == UNKNOWN) {
            d = departments[e.department].matches(word) ? MatchTier.DEPARTMENT.ordinal() : -1;
            departmentTier[e.department] = d;
        }
        return d;
    }

    /** One entry's precomputed keys. */
    private static final class Entry {
        final String[] codes;
        /** The name (ranked by its length) … */
        final String name;
        /** … then the name and the short names, all matched alike. */
        final String[] names;
        final String[] initials;
        final Spelling[] full;
        final int department;

        private Entry(String[] codes, String name, String[] names, String[] initials, Spelling[] full,
                int department) {
            this.codes = codes;
            this.name = name;
            this.names = names;
            this.initials = initials;
            this.full = full;
            this.department = department;
        }

        static Entry of(Fields f, int department, PinyinSpeller speller) {
            String name = SearchText.fold(f.name());
            List<String> names = new ArrayList<>();
            names.add(name);
            f.aliases().stream().map(SearchText::fold).filter(a -> !a.isEmpty() && !names.contains(a))
                    .forEach(names::add);
            List<String> initials = new ArrayList<>();
            List<Spelling> full = new ArrayList<>();
            for (String n : names) {
                List<String[]> units = speller.units(n);
                initials.addAll(speller.initials(units));
                full.addAll(speller.full(units));
            }
            String[] codes = f.codes().stream().map(SearchText::fold).filter(c -> !c.isEmpty()).distinct()
                    .toArray(String[]::new);
            return new Entry(codes, name, names.toArray(String[]::new), initials.stream().distinct()
                    .toArray(String[]::new), full.toArray(Spelling[]::new), department);
        }
    }

    /** A department's keys, shared by all its items and matched once per query word. */
    private static final class Department {
        final String[] texts;
        final String[] initials;
        final Spelling[] full;

        private Department(String[] texts, String[] initials, Spelling[] full) {
            this.texts = texts;
            this.initials = initials;
            this.full = full;
        }

        static Department of(String folded, PinyinSpeller speller) {
            List<String> forms = DepartmentShortNames.forms(folded);
            List<String> initials = new ArrayList<>();
            List<Spelling> full = new ArrayList<>();
            for (String form : forms) {
                List<String[]> units = speller.units(form);
                initials.addAll(speller.initials(units));
                full.addAll(speller.full(units));
            }
            return new Department(forms.toArray(String[]::new), initials.toArray(String[]::new),
                    full.toArray(Spelling[]::new));
        }

        boolean matches(String word) {
            for (String text : texts) {
                if (text.contains(word)) {
                    return true;
                }
            }
            for (String text : initials) {
                if (text.contains(word)) {
                    return true;
                }
            }
            for (Spelling spelling : full) {
                if (spelling.match(word) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
