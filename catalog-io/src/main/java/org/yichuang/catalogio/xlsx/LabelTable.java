package org.yichuang.catalogio.xlsx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The Chinese labels of an enum as the workbook writes them, and the way back from a label (plus aliases). */
final class LabelTable<E extends Enum<E>> {
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private final Map<E, String> labels;
    private final Map<String, E> byText = new HashMap<>();

    private LabelTable(Class<E> type, Function<E, String> label) {
        labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, label.apply(value));
            byText.put(key(label.apply(value)), value);
        }
    }

    /** Builds the table from the label of every constant. */
    static <E extends Enum<E>> LabelTable<E> of(Class<E> type, Function<E, String> label) {
        return new LabelTable<>(type, label);
    }

    /** Also reads {@code text} as {@code value} (wording some halls use); the label stays what is written. */
    LabelTable<E> alias(String text, E value) {
        byText.put(key(text), value);
        return this;
    }

    /** Returns the label written for the value. */
    String label(E value) {
        return labels.get(value);
    }

    /** Returns the value a cell names, ignoring blanks and full-width forms. */
    Optional<E> parse(String text) {
        E exact = byText.get(text);   // the usual case; folding costs a normalisation and a regex per cell
        return Optional.ofNullable(exact != null ? exact : byText.get(key(text)));
    }

    /** Returns the labels in declaration order, as the 说明 sheet and the drop-down lists show them. */
    List<String> labels() {
        return new ArrayList<>(labels.values());
    }

    private static String key(String text) {
        return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
}
