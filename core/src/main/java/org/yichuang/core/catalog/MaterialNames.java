package org.yichuang.core.catalog;

import java.text.Normalizer;

/** The key under which two materials count as the same one (一表申报 merges them). */
public final class MaterialNames {
    private MaterialNames() {
    }

    /** Folds full-width forms and drops blanks, so 《营业执照》（副本） equals 《营业执照》(副本). */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
