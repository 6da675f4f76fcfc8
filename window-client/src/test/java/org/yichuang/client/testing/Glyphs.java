package org.yichuang.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.JTableHeader;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Finds text a window would paint as boxes: every label, button, field, placeholder, tab title and column
 * header is checked against the very font it is painted with (window titles too: FlatLaf paints them with a
 * label in its title bar). A screenshot only shows what a person looks at; this check runs on every window a
 * test photographs.
 */
public final class Glyphs {
    private Glyphs() {
    }

    /** Fails with the component, text and font of every string the window cannot display. Test thread. */
    public static void assertDisplayable(Window window) {
        List<String> boxes = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            walk(window, found);
            return found;
        });
        assertThat(boxes).as("text shown as boxes in %s", window.getName()).isEmpty();
    }

    private static void walk(Container parent, List<String> found) {
        for (Component c : parent.getComponents()) {
            Font font = c.getFont();
            if (c instanceof JLabel l) {
                check(found, c, font, l.getText());
            } else if (c instanceof AbstractButton b) {
                check(found, c, font, b.getText());
            } else if (c instanceof JTextComponent t) {
                check(found, c, font, t.getText());
            } else if (c instanceof JTabbedPane tabs) {
                for (int i = 0; i < tabs.getTabCount(); i++) {
                    check(found, c, font, tabs.getTitleAt(i));
                }
            } else if (c instanceof JTableHeader header && header.getTable() != null) {
                JTable table = header.getTable();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    check(found, c, font, table.getColumnName(i));
                }
            }
            if (c instanceof JComponent j && j.getClientProperty(FlatClientProperties.PLACEHOLDER_TEXT) instanceof String p) {
                check(found, c, font, p);
            }
            if (c instanceof Container inner) {
                walk(inner, found);
            }
        }
    }

    private static void check(List<String> found, Component c, Font font, String text) {
        if (text == null || text.isEmpty() || font == null || !c.isShowing()) {
            return;
        }
        String plain = text.startsWith("<html>") ? text.replaceAll("<[^>]*>", "").replace("&nbsp;", " ") : text;
        int bad = font.canDisplayUpTo(plain);
        if (bad >= 0) {
            found.add("%s %s: \"%s\" (font %s cannot show '%s')".formatted(
                    c.getClass().getSimpleName(), c.getName(), plain, font.getFontName(), plain.charAt(bad)));
        }
    }
}
