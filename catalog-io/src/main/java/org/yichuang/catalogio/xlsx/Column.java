package org.yichuang.catalogio.xlsx;

import java.text.Normalizer;
import java.util.List;

/**
 * A column of a catalog sheet: its header (GB/T 39046 表4 wording), how its cells are read, the model field it holds
 * (relative to the item, material or bundle, e.g. {@code promisedLimit.unit}) and the help the 说明 sheet prints.
 *
 * @param allowed the labels a {@link ColumnKind#CHOICE}/{@link ColumnKind#CHOICES} cell may hold, empty otherwise
 * @param width   column width in Latin characters (a Chinese character takes two)
 */
record Column(String header, ColumnKind kind, String field, boolean required, int width, String help,
        List<String> allowed, List<String> aliases) {

    /** Copies the lists. */
    Column {
        allowed = List.copyOf(allowed);
        aliases = List.copyOf(aliases);
    }

    /** An optional column. */
    static Column of(String header, ColumnKind kind, String field, int width, String help) {
        return new Column(header, kind, field, false, width, help, List.of(), List.of());
    }

    /** The same column, but a sheet without it is refused. */
    Column mandatory() {
        return new Column(header, kind, field, true, width, help, allowed, aliases);
    }

    /** The same column with its list of allowed labels. */
    Column allowing(List<String> labels) {
        return new Column(header, kind, field, required, width, help, labels, aliases);
    }

    /** The same column, also found under other headers halls use. */
    Column alsoCalled(String... others) {
        return new Column(header, kind, field, required, width, help, allowed, List.of(others));
    }

    /** Folds a header as halls type it: {@code “ 收费金额（元）*”} becomes {@code 收费金额(元)}. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "");
        return folded.replaceAll("^\\*+|\\*+$", "");
    }
}
