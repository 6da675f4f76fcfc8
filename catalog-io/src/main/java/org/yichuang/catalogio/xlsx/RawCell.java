package org.yichuang.catalogio.xlsx;

/**
 * A non-empty cell as stored in the sheet XML, before any interpretation.
 *
 * @param text    the text, or the number / boolean / error exactly as stored ({@code 80.5}, {@code 1}, {@code #N/A})
 * @param formula the formula when the cell holds one (its cached value is in {@code text}), else {@code null}
 */
record RawCell(int column, Type type, String text, String formula) {
    /** What the cell holds. */
    enum Type { TEXT, NUMBER, BOOLEAN, ERROR }

    boolean isFormula() {
        return formula != null;
    }
}
