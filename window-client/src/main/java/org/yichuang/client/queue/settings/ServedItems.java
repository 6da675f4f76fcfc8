package org.yichuang.client.queue.settings;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.yichuang.client.ui.Messages;

/**
 * What the categories table shows for a category's served items (办理事项): the items' names from the catalog the
 * client holds, a code the catalog does not list kept as the code and marked, and a summary ({@code 甲、乙 等 5 项})
 * when the names do not fit the column. The codes stay in the tooltip and the picker.
 */
final class ServedItems {
    /** One served item: its code and its catalog name, or null when the catalog does not list it. */
    record Entry(String code, String name) {
        boolean known() {
            return name != null;
        }
    }

    private final List<Entry> entries;

    private ServedItems(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * The served {@code codes} named from {@code names} (code → name). With {@code catalogLoaded} false every code
     * counts as known and shows as itself: the list is still loading, not missing the item. Named items come first,
     * in the category's order, then the unknown codes: a name says more in a narrow column than a 31-character code,
     * and the cell's icon already says that something is missing.
     */
    static ServedItems of(List<String> codes, Map<String, String> names, boolean catalogLoaded) {
        List<Entry> all = codes.stream().map(c -> new Entry(c, names.containsKey(c) ? names.get(c)
                : catalogLoaded ? null : c)).toList();
        return new ServedItems(java.util.stream.Stream.concat(all.stream().filter(Entry::known),
                all.stream().filter(e -> !e.known())).toList());
    }

    List<Entry> entries() {
        return entries;
    }

    boolean anyUnknown() {
        return entries.stream().anyMatch(e -> !e.known());
    }

    /** The label of one item: its name, or its code marked as missing from the catalog. */
    static String label(Entry e, Messages messages) {
        return e.known() ? e.name() : messages.text("queue.settings.items.unknown", e.code());
    }

    /** Every item's label, joined: the whole text. */
    String text(Messages messages) {
        return String.join("、", entries.stream().map(e -> label(e, messages)).toList());
    }

    /**
     * The text that fits {@code width} as measured by {@code widthOf}: all the labels when they fit, else as many
     * of the first ones as fit followed by the count ({@code 甲、乙 等 5 项}), at least the first one with the count
     * (which the cell then cuts with an ellipsis).
     */
    String fitted(Messages messages, int width, ToIntFunction<String> widthOf) {
        String all = text(messages);
        if (entries.size() <= 1 || widthOf.applyAsInt(all) <= width) {
            return all;
        }
        String best = null;
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < entries.size() - 1; i++) {
            if (i > 0) {
                head.append('、');
            }
            head.append(label(entries.get(i), messages));
            String candidate = messages.text("queue.settings.items.more", head, entries.size());
            if (best != null && widthOf.applyAsInt(candidate) > width) {
                break;
            }
            best = candidate;
        }
        return best;
    }

    /** The tooltip: each item on its own line with its code, the missing ones marked. */
    String tooltip(Messages messages) {
        if (entries.isEmpty()) {
            return messages.text("queue.settings.items.tooltip.none");
        }
        StringBuilder html = new StringBuilder("<html>");
        for (Entry e : entries) {
            html.append(escape(e.known() ? e.name() : messages.text("queue.settings.items.tooltip.unknown")))
                    .append("　<code>").append(escape(e.code())).append("</code><br>");
        }
        return html.append("<i>").append(escape(messages.text("queue.settings.items.tooltip.hint")))
                .append("</i></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
