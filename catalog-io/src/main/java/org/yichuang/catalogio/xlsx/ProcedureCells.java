package org.yichuang.catalogio.xlsx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;

/** The 特别程序 cell: {@code 专家评审（不计时）、现场勘验（计时）}. */
final class ProcedureCells {
    /** After NFKC folding, so full-width commas and semicolons are already plain ones. */
    private static final Pattern SEPARATORS = Pattern.compile("[、,;/\\n\\r]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern ENTRY = Pattern.compile("^(.+?)(?:\\((不计时|计时|不计入时限|计入时限)\\))?$");

    private ProcedureCells() {
    }

    /** Returns the cell text, or {@code null} for an item without special procedures. */
    static String write(List<SpecialProcedure> procedures) {
        if (procedures.isEmpty()) {
            return null;
        }
        return procedures.stream().map(p -> Labels.PROCEDURES.label(p.kind()) + "（"
                + (p.stopsClock() ? Labels.STOPS_CLOCK : Labels.COUNTS) + "）").collect(Collectors.joining("、"));
    }

    /** Reads the cell; an entry that cannot be read is reported and left out. */
    static List<SpecialProcedure> read(CellReader r, Column column) {
        String text = r.text(column);
        List<SpecialProcedure> out = new ArrayList<>();
        if (text == null || text.equals("无")) {
            return out;
        }
        List<String> unknown = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        for (String part : SEPARATORS.split(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            String entry = BLANKS.matcher(part).replaceAll("");
            if (entry.isEmpty()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            Optional<SpecialProcedureKind> kind = m.matches() ? Labels.PROCEDURES.parse(m.group(1)) : Optional.empty();
            if (kind.isEmpty()) {
                unknown.add(part.strip());
            } else if (m.group(2) != null) {
                out.add(new SpecialProcedure(kind.get(), m.group(2).startsWith("不")));
            } else if (kind.get().statutoryExclusion()) {
                out.add(new SpecialProcedure(kind.get(), true));
            } else {
                unclear.add(Labels.PROCEDURES.label(kind.get()));
            }
        }
        if (!unknown.isEmpty()) {
            r.invalid(column, "“" + String.join("、", unknown) + "”不是有效的特别程序；可选："
                    + String.join("、", Labels.PROCEDURES.labels()) + "，并注明（计时）或（不计时）。");
        } else if (!unclear.isEmpty()) {
            String first = unclear.get(0);
            r.invalid(column, "请注明“" + String.join("、", unclear) + "”是否计入办理时限，例如“" + first + "（计时）”或“"
                    + first + "（不计时）”。");
        }
        return out;
    }
}
