package org.yichuang.catalogio.xlsx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The 环节时限 cell: one step per line, {@code 受理：1}. Only what a cell alone can show is reported here (an entry
 * that is not “name：days”, a blank name, a step twice); whether the steps exist in the 办理流程 and the days are in
 * range are {@code ServiceItemRules}, reported at this same cell.
 */
final class StepLimitCells {
    /** Line breaks as written; 、 and semicolons as halls type several entries on one line. */
    private static final Pattern SEPARATORS = Pattern.compile("\\r?\\n|\\r|[、;；]");
    private static final Pattern ENTRY = Pattern.compile("^(.*?)\\s*[:：]\\s*(.*)$");
    /** After NFKC folding: full-width digits and minus are plain ones; the unit may be written out. */
    private static final Pattern DAYS = Pattern.compile("^([+-]?\\d{1,9})(?:个?工作日|天|日)?$");
    private static final String FULL_WIDTH_COLON = "：";

    private StepLimitCells() {
    }

    /** Returns the cell text, or {@code null} for an item without step limits. */
    static String write(Map<String, Integer> limits) {
        if (limits.isEmpty()) {
            return null;
        }
        return limits.entrySet().stream().map(e -> e.getKey() + FULL_WIDTH_COLON + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** Reads the cell in its order; when any entry is bad the cell is reported once and no limits are kept. */
    static Map<String, Integer> read(CellReader r, Column column) {
        String text = r.text(column);
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.equals("无")) {
            return out;
        }
        List<String> problems = new ArrayList<>();
        int position = 0;
        for (String part : SEPARATORS.split(text)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            position++;
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                problems.add("第" + position + "项“" + entry + "”应写作“环节名称：工作日数”，如“受理：1”");
                continue;
            }
            String name = m.group(1).strip();
            String daysText = Normalizer.normalize(m.group(2), Normalizer.Form.NFKC).replaceAll("\\s+", "");
            Matcher days = DAYS.matcher(daysText);
            if (name.isEmpty()) {
                problems.add("第" + position + "项“" + entry + "”缺少环节名称");
            } else if (!days.matches()) {
                problems.add("环节“" + name + "”的时限应为整数个工作日，实际为“" + m.group(2).strip() + "”");
            } else if (out.containsKey(name)) {
                problems.add("环节“" + name + "”重复");
            } else {
                out.put(name, Integer.parseInt(days.group(1)));
            }
        }
        if (!problems.isEmpty()) {
            r.invalid(column, String.join("；", problems) + "。");
            return Map.of();
        }
        return out;
    }
}
