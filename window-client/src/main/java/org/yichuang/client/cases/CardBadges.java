package org.yichuang.client.cases;

import java.awt.Color;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.yichuang.client.ui.Forms;
import org.yichuang.core.supervision.AlertLevel;

/** Paints a 红黄牌 level as a coloured badge with its word (预警, 黄牌, 红牌, 正常): colour is never the only sign. */
public final class CardBadges {
    private CardBadges() {
    }

    /** Returns the theme key of the badge's background, e.g. {@code Yichuang.card.red.background}. */
    public static String backgroundKey(AlertLevel level) {
        return "Yichuang.card." + level.colour() + ".background";
    }

    /** Returns the theme key of the badge's text colour. */
    public static String foregroundKey(AlertLevel level) {
        return "Yichuang.card." + level.colour() + ".foreground";
    }

    /** Styles {@code label} as the badge of {@code card}. */
    public static void badge(JLabel label, AlertLevel card, String text) {
        label.setText(text);
        label.setHorizontalAlignment(SwingConstants.CENTER);
        label.setOpaque(card != AlertLevel.NONE);
        Color background = Forms.color(backgroundKey(card));
        Color foreground = Forms.color(foregroundKey(card));
        if (background != null) {
            label.setBackground(background);
        }
        if (foreground != null) {
            label.setForeground(foreground);
        }
    }

    /** The table cell renderer of the 红黄牌 column. */
    static final class Renderer extends DefaultTableCellRenderer {
        private final CaseTexts texts;

        Renderer(CaseTexts texts) {
            this.texts = texts;
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                boolean hasFocus, int row, int column) {
            // DefaultTableCellRenderer keeps a colour set on it for every later cell: start each cell from the table's
            setBackground(null);
            setForeground(null);
            setOpaque(true);
            super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
            AlertLevel card = value instanceof AlertLevel c ? c : AlertLevel.NONE;
            if (card == AlertLevel.NONE) {
                setText(texts.card(card));
                setHorizontalAlignment(SwingConstants.CENTER);
                if (!isSelected) {
                    setForeground(Forms.color("Yichuang.muted.foreground"));
                }
            } else {
                badge(this, card, texts.card(card));
                // the badge keeps its colour when selected; a border shows the selection instead
                setBorder(isSelected ? BorderFactory.createLineBorder(table.getSelectionBackground(), 2)
                        : BorderFactory.createEmptyBorder(2, 2, 2, 2));
            }
            return this;
        }
    }
}
