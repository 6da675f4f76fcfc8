package org.yichuang.reports;

import org.yichuang.core.catalog.CatalogLabels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered sections (一、二、三…) of a 办事指南 as records of the guide template's main data source.
 *
 * <p>Each body of a section (facts, text, a table, or a note) is one record carrying the section's number and
 * title; the template groups records by number under the title and prints whichever body a record has.
 * Numbering here, not in JRXML, keeps optional sections from leaving gaps in the numbers.
 */
final class GuideSections {
    private static final String NUMERALS = "一二三四五六七八九十";

    private final List<Map<String, ?>> records = new ArrayList<>();
    private int number;
    private String title;

    /** Starts the next numbered section. */
    GuideSections section(String title) {
        number++;
        String numeral = number <= 10 ? String.valueOf(NUMERALS.charAt(number - 1))
                : "十" + NUMERALS.charAt(number - 11);
        this.title = numeral + "、" + title;
        return this;
    }

    /** A two-column table of 项目 and 内容. */
    GuideSections facts(Map<String, String> labelToValue) {
        List<Map<String, ?>> rows = new ArrayList<>();
        labelToValue.forEach((label, value) -> rows.add(Map.of("label", label, "value", CatalogLabels.orNone(value))));
        return add("facts", rows);
    }

    GuideSections text(String text) {
        return add("text", CatalogLabels.orNone(text));
    }

    /** Small print under a table, e.g. what the 可容缺 mark means. */
    GuideSections note(String note) {
        return add("note", note);
    }

    /** A table whose template band is chosen by {@code field} ("materials", "merged" or "members"). */
    GuideSections table(String field, List<Map<String, ?>> rows) {
        return add(field, rows);
    }

    List<Map<String, ?>> records() {
        return List.copyOf(records);
    }

    /** Returns an empty insertion-ordered map for {@link #facts}. */
    static Map<String, String> facts() {
        return new LinkedHashMap<>();
    }

    private GuideSections add(String field, Object value) {
        if (title == null) {
            throw new IllegalStateException("a body before the first section");
        }
        Map<String, Object> record = new HashMap<>();
        record.put("section", number);
        record.put("title", title);
        record.put(field, value);
        records.add(record);
        return this;
    }
}
