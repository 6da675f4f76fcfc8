package org.yichuang.catalogio.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into a {@link SheetTable}. The DOM of {@code XSSFWorkbook} costs about a kilobyte per
 * cell; a 5,000-item 实施清单 has half a million cells, so the sheet is read as a stream and only non-empty cells kept.
 * Formulas are kept as such (the import refuses them) and phonetic guides (rPh) of East Asian text are skipped.
 */
final class SheetXmlHandler extends DefaultHandler {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Thrown when a sheet holds more rows than one import accepts; stops the parse at once. */
    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private final String sheetName;
    private final SharedStrings strings;
    private final int maxRows;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final Map<Integer, String> sharedStrings = new HashMap<>();

    private int rowNumber;
    private Map<Integer, RawCell> cells;
    private int column;
    private String type;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean inFormula;

    SheetXmlHandler(String sheetName, SharedStrings strings, int maxRows) {
        this.sheetName = sheetName;
        this.strings = strings;
        this.maxRows = maxRows;
    }

    /** Returns what was read. */
    SheetTable table() {
        return new SheetTable(sheetName, rows, merged);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new HashMap<>();
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                type = attributes.getValue("t");
                hasFormula = false;
                value.setLength(0);
                inline.setLength(0);
                formula.setLength(0);
            }
            case "v" -> inValue = true;
            case "f" -> {
                hasFormula = true;
                inFormula = true;
            }
            case "is" -> inInline = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
            default -> {
                // other elements (styles, widths, validations) do not matter for reading
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        if (cells == null) {
            return;
        }
        RawCell cell = cell();
        if (cell != null) {
            cells.put(column, cell);
        }
    }

    private RawCell cell() {
        String f = hasFormula ? "=" + formula : null;
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return v.isEmpty() && f == null ? null : new RawCell(column, RawCell.Type.NUMBER, v, f);
        }
        return switch (type) {
            case "s" -> text(v.isEmpty() ? "" : sharedString(Integer.parseInt(v.strip())), f);
            case "inlineStr" -> text(decodeEscapes(inline.toString()), f);
            case "b" -> new RawCell(column, RawCell.Type.BOOLEAN, v, f);
            case "e" -> new RawCell(column, RawCell.Type.ERROR, v, f);
            default -> text(v, f);   // "str" (a formula's text) and "d" (an ISO date) read as text
        };
    }

    /** POI builds an XMLBeans object per lookup; a workbook repeats 是/否 and labels thousands of times. */
    private String sharedString(int index) {
        return sharedStrings.computeIfAbsent(index, i -> strings.getItemAt(i).getString());
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters in text. */
    static String decodeEscapes(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private RawCell text(String text, String f) {
        return text.isBlank() && f == null ? null : new RawCell(column, RawCell.Type.TEXT, text, f);
    }

    private void endRow() throws TooManyRows {
        if (cells != null && !cells.isEmpty()) {
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new SheetRow(rowNumber, cells));
        }
        cells = null;
    }

    /** The 0-based column of a reference such as {@code AB12}; POI's CellReference parses it with a regex. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
