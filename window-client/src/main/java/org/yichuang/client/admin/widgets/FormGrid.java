package org.yichuang.client.admin.widgets;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.yichuang.client.ui.Forms;

/** A two-column form (label | field) as every editor tab lays it out, with optional hints under fields. */
public class FormGrid extends org.yichuang.client.ui.ScrollableForm {
    private int row;

    public FormGrid() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
    }

    /** Adds a labelled field; returns the field. */
    public <C extends JComponent> C row(String label, C field) {
        GridBagConstraints l = Forms.labelAt(row);
        if (field instanceof JScrollPane) {
            l.anchor = GridBagConstraints.FIRST_LINE_END;
        }
        JComponent target = field instanceof JScrollPane s && s.getViewport().getView() instanceof JComponent v
                ? v : field;
        add(Forms.label(label, target), l);
        add(field, Forms.fieldAt(row++));
        return field;
    }

    /** Adds a muted hint line under the last field. */
    public void hint(String text) {
        JLabel hint = Forms.styled(new JLabel(text), "small");
        hint.setForeground(Forms.color("Yichuang.muted.foreground"));
        add(hint, Forms.hintAt(row++));
    }

    /** Adds a section title spanning both columns. */
    public void section(String title) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(row == 1 ? 0 : 14, 0, 4, 0);
        add(Forms.styled(new JLabel(title), "h4"), c);
    }

    /** Adds a component spanning both columns. */
    public void wide(JComponent component) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(4, 0, 4, 0);
        add(component, c);
    }

    /** Pushes the rows to the top. */
    public FormGrid fill() {
        GridBagConstraints c = Forms.fieldAt(row++);
        c.weighty = 1;
        add(new JLabel(), c);
        return this;
    }

    /**
     * A wrapping text area in a scroll pane at least {@code rows} (and at least three) lines high that grows with its
     * text up to {@link #MAX_AREA_ROWS} lines, and then scrolls inside itself, not the whole tab.
     */
    public static JScrollPane area(JTextArea area, int rows) {
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        // Tab moves on: administrators fill these forms with the keyboard
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        return new GrowingScroll(area, Math.max(MIN_AREA_ROWS, rows));
    }

    public static final int MIN_AREA_ROWS = 3;
    public static final int MAX_AREA_ROWS = 10;

    /** The scroll pane of {@link #area}: its height follows the wrapped text between the row limits. */
    private static final class GrowingScroll extends JScrollPane {
        private final JTextArea area;
        private final int minRows;

        GrowingScroll(JTextArea area, int minRows) {
            super(area, VERTICAL_SCROLLBAR_AS_NEEDED, HORIZONTAL_SCROLLBAR_NEVER);
            this.area = area;
            this.minRows = minRows;
            Forms.onTextChange(area, text -> revalidate());
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            java.awt.Dimension d = super.getPreferredSize();
            java.awt.Insets pad = area.getInsets();
            int line = area.getFontMetrics(area.getFont()).getHeight();
            int text = area.getWidth() > 0 ? area.getPreferredSize().height : line * area.getLineCount() + pad.top
                    + pad.bottom;
            int inner = Math.max(minRows * line + pad.top + pad.bottom,
                    Math.min(text, MAX_AREA_ROWS * line + pad.top + pad.bottom));
            java.awt.Insets own = getInsets();
            d.height = inner + own.top + own.bottom;
            return d;
        }

        @Override
        public java.awt.Dimension getMinimumSize() {
            // GridBagLayout falls back to minimum sizes when short of room; never squash a text to a sliver
            java.awt.Dimension d = super.getMinimumSize();
            d.height = getPreferredSize().height;
            return d;
        }
    }
}
