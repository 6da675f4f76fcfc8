package org.yichuang.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Small helpers shared by the panels: style classes, theme colours, labelled rows, text bindings. */
public final class Forms {
    private Forms() {
    }

    /** Applies a FlatLaf style class such as {@code h1}, {@code h3}, {@code small} or {@code monospaced}. */
    public static <C extends JComponent> C styled(C component, String styleClass) {
        component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return component;
    }

    /** Returns a theme colour ({@code Yichuang.*} key), falling back to the label foreground. */
    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : UIManager.getColor("Label.foreground");
    }

    /** Returns the error sign shown before error messages, sized to the default font. */
    public static Icon errorIcon() {
        java.awt.Font font = UIManager.getFont("Label.font");
        return new ErrorIcon(font == null ? 14 : Math.round(font.getSize() * 1.05f));
    }

    /**
     * Shows {@code message} on {@code label} as an error (red, with the error sign), or clears it to a blank line;
     * {@code label.getClientProperty(ERROR_SHOWN)} tells tests which it is.
     */
    public static void showError(JLabel label, String message) {
        boolean error = message != null && !message.isBlank();
        label.setText(error ? message : " ");
        label.setIcon(error ? errorIcon() : null);
        label.setForeground(color("Yichuang.error.foreground"));
        label.putClientProperty(ERROR_SHOWN, error);
    }

    /** Client property set by {@link #showError}: Boolean.TRUE while the label shows an error. */
    public static final String ERROR_SHOWN = "yichuang.errorShown";

    /** Marks a field as wrong (FlatLaf's red outline) or right again. */
    public static void outlineError(JComponent field, boolean wrong) {
        field.putClientProperty(FlatClientProperties.OUTLINE, wrong ? FlatClientProperties.OUTLINE_ERROR : null);
    }

    /** Calls {@code onChange} with the component's text after every edit. */
    public static void onTextChange(JTextComponent field, Consumer<String> onChange) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                onChange.accept(field.getText());
            }
        });
    }

    /** Sets the text only when it differs, so presenter → field → presenter loops end at once. */
    public static void setTextIfDifferent(JTextComponent field, String text) {
        String t = text == null ? "" : text;
        if (!t.equals(field.getText())) {
            field.setText(t);
        }
    }

    /** Constraints for a right-aligned label in column 0 of a form row. */
    public static GridBagConstraints labelAt(int row) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_END;
        c.insets = new Insets(6, 0, 6, 12);
        return c;
    }

    /** Constraints for a field that fills column 1 of a form row. */
    public static GridBagConstraints fieldAt(int row) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = row;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(6, 0, 6, 0);
        return c;
    }

    /** Constraints for a hint or error line under the field of {@code row} (in the next grid row). */
    public static GridBagConstraints hintAt(int row) {
        GridBagConstraints c = fieldAt(row);
        c.insets = new Insets(0, 0, 4, 0);
        return c;
    }

    /** Creates a label whose mnemonic focuses {@code target}; {@code text} may mark the mnemonic with {@code &}. */
    public static JLabel label(String text, JComponent target) {
        JLabel label = new JLabel();
        int amp = text.indexOf('&');
        if (amp >= 0 && amp + 1 < text.length()) {
            label.setText(text.substring(0, amp) + text.substring(amp + 1));
            label.setDisplayedMnemonic(text.charAt(amp + 1));
            label.setDisplayedMnemonicIndex(amp);
        } else {
            label.setText(text);
        }
        label.setLabelFor(target);
        return label;
    }
}
