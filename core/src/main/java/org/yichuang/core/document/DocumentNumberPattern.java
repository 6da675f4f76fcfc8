package org.yichuang.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * A hall's 文书编号 pattern (机关简称+性质+〔年份〕+顺序号, RULES.md §3.2): literal text with the tokens {@code {hall}}
 * (the hall's abbreviation), {@code {kind}} (the document kind's short code), {@code {year}} and {@code {seq}} or
 * {@code {seq:N}} (the number within hall, kind and year, zero-padded to N digits, 1 to 9). {@code {kind}},
 * {@code {year}} and {@code {seq}} are required: numbers are counted per hall, kind and year, so a pattern lacking one
 * of them would print the same number twice.
 *
 * <p>Immutable; {@link #DEFAULT} gives e.g. {@code 示范县政务服务中心受〔2026〕00001号}.
 */
public final class DocumentNumberPattern {
    // first: DEFAULT below is parsed while the class initialises
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d+))?}");

    /** The schema's default (halls.document_number_pattern). */
    public static final String DEFAULT_TEXT = "{hall}{kind}〔{year}〕{seq:5}号";
    /** The default pattern. */
    public static final DocumentNumberPattern DEFAULT = parse(DEFAULT_TEXT);
    /** Longest pattern accepted; the printed number has to fit a line of the 80 mm slip. */
    public static final int MAX_LENGTH = 60;

    private final String text;
    private final List<Object> parts;

    private DocumentNumberPattern(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Reads a pattern.
     *
     * @throws DomainException DOCUMENT_NUMBER_PATTERN_INVALID naming what is wrong
     */
    public static DocumentNumberPattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("文书编号格式不能为空。");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("文书编号格式不能超过" + MAX_LENGTH + "个字符。");
        }
        List<Object> parts = new ArrayList<>();
        int kinds = 0;
        int years = 0;
        int seqs = 0;
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            literal(parts, text.substring(at, m.start()));
            String name = m.group(1);
            String width = m.group(2);
            switch (name) {
                case "hall", "kind", "year" -> {
                    if (width != null) {
                        throw invalid("“{" + name + "}”不带位数，只有“{seq:N}”可以指定位数。");
                    }
                    parts.add(Token.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
                    kinds += name.equals("kind") ? 1 : 0;
                    years += name.equals("year") ? 1 : 0;
                }
                case "seq" -> {
                    int w = width == null ? 1 : Integer.parseInt(width);
                    if (width != null && (width.length() > 1 || w < 1)) {
                        throw invalid("顺序号位数应为1到9。");
                    }
                    parts.add(new Seq(w));
                    seqs++;
                }
                default -> throw invalid("未知的占位符“{" + name + "}”，可用：{hall}、{kind}、{year}、{seq:N}。");
            }
            at = m.end();
        }
        literal(parts, text.substring(at));
        if (kinds != 1 || years != 1 || seqs != 1) {
            throw invalid("文书编号格式须各含一次“{kind}”、“{year}”和“{seq}”（编号按大厅、文书种类和年份分别顺序编排）。");
        }
        return new DocumentNumberPattern(text, List.copyOf(parts));
    }

    private static void literal(List<Object> parts, String s) {
        if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0) {
            throw invalid("文书编号格式中的“{”“}”只能用于占位符。");
        }
        if (!s.isEmpty()) {
            parts.add(s);
        }
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.DOCUMENT_NUMBER_PATTERN_INVALID, message);
    }

    /**
     * Returns the document number.
     *
     * @param hall     the hall's abbreviation (机关简称)
     * @param kindCode the kind's short code, e.g. 受
     * @param year     the year of issue in the hall's calendar
     * @param seq      the number within hall, kind and year, from 1; wider than the padding it prints in full
     */
    public String format(String hall, String kindCode, int year, int seq) {
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(kindCode, "kindCode");
        if (seq < 1) {
            throw new IllegalArgumentException("seq " + seq);
        }
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.append(s);
            } else if (p instanceof Seq s) {
                String digits = Integer.toString(seq);
                out.append("0".repeat(Math.max(0, s.width() - digits.length()))).append(digits);
            } else {
                out.append(switch ((Token) p) {
                    case HALL -> hall;
                    case KIND -> kindCode;
                    case YEAR -> Integer.toString(year);
                });
            }
        }
        return out.toString();
    }

    /** Returns the pattern as written. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumberPattern p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Token { HALL, KIND, YEAR }

    private record Seq(int width) {
    }
}
