package org.yichuang.core.notice;

/** The paper a notice is printed on (纸张): a laser printer's A4 sheet or a thermal printer's 80 mm roll. */
public enum Paper {
    /** A4 portrait (210 × 297 mm): the full notice with seal area and signatures. */
    A4("A4", 595, 842),
    /**
     * 80 mm thermal roll: 72 mm printable (204 pt) on a 227 pt page whose height follows the content (DEVICES.md §6);
     * the short slip (回执联) a counter hands over at once.
     */
    RECEIPT_80MM("80毫米热敏小票", 227, 0);

    private final String label;
    private final int widthPt;
    private final int heightPt;

    Paper(String label, int widthPt, int heightPt) {
        this.label = label;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    /** Returns the Chinese name shown to staff. */
    public String label() {
        return label;
    }

    /** Returns the page width in points (1/72 inch). */
    public int widthPt() {
        return widthPt;
    }

    /** Returns the page height in points; 0 when it follows the content (a roll). */
    public int heightPt() {
        return heightPt;
    }
}
