package org.yichuang.client.admin.item.clock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yichuang.client.admin.item.FieldIssue;
import org.yichuang.client.ui.Messages;

/**
 * One row of the 环节时限 table as typed: a back-office step (环节) and its working days. Rows may be blank or repeat a
 * step while the administrator types; {@link #toMap} keeps what the item can hold and {@link #check} says what not.
 */
public record StepLimitRow(String step, int days) {
    /** A new row: no step yet, one working day. */
    public static final StepLimitRow NEW = new StepLimitRow("", 1);

    /** Never null, so a table cell shows an empty name rather than "null". */
    public StepLimitRow {
        step = step == null ? "" : step;
    }

    /** Rows of a stored item, in its order. */
    public static List<StepLimitRow> of(Map<String, Integer> limits) {
        List<StepLimitRow> out = new ArrayList<>();
        limits.forEach((step, days) -> out.add(new StepLimitRow(step, days == null ? 0 : days)));
        return out;
    }

    /** The item's 环节时限: names stripped, blank and repeated rows left out (they are {@link #check}'s issues). */
    public static Map<String, Integer> toMap(List<StepLimitRow> rows) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (StepLimitRow row : rows) {
            String step = row.step().strip();
            if (!step.isEmpty()) {
                out.putIfAbsent(step, row.days());
            }
        }
        return out;
    }

    /**
     * What a map cannot say about the rows: a row without a step name, a step named twice. The days and whether the
     * step is in the 办理流程 are core's rules ({@code stepLimits.<step>}), checked on the item.
     */
    public static List<FieldIssue> check(List<StepLimitRow> rows, Messages messages) {
        List<FieldIssue> out = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String step = rows.get(i).step().strip();
            String field = path(i);
            if (step.isEmpty()) {
                out.add(new FieldIssue(field, messages.text("admin.stepLimits.nameMissing"), false));
                continue;
            }
            Integer earlier = first.putIfAbsent(step, i);
            if (earlier != null) {
                out.add(new FieldIssue(field, messages.text("admin.stepLimits.duplicate", step, earlier + 1), false));
            }
        }
        return out;
    }

    /** The rule path of a row's step name, e.g. {@code stepLimits[2].step}. */
    public static String path(int row) {
        return "stepLimits[" + row + "].step";
    }
}
