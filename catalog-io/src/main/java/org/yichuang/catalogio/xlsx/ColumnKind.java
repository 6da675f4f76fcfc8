package org.yichuang.catalogio.xlsx;

/** How the cells of a column are written and read. */
enum ColumnKind {
    /** Free text, kept as typed (codes too, so Excel never turns them into numbers). */
    TEXT,
    /** A whole number, 0 or more. */
    INTEGER,
    /** An amount in 元 with at most two decimals; the model keeps fen. */
    MONEY,
    /** 是 or 否. */
    YES_NO,
    /** One label of a fixed list. */
    CHOICE,
    /** Several labels of a fixed list, separated by 、. */
    CHOICES,
    /** One entry per line. */
    LINES
}
