package org.yichuang.client.intake.rare;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * 输入生僻字 (F4): the clerk types the code point (U+20BB7 or 20BB7), sees the character large, and Enter inserts it
 * where the caret was; Esc closes without inserting.
 */
public final class RareCharacterDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "intake.rare.dialog";
    public static final String CODE_FIELD = "intake.rare.code";
    public static final String PREVIEW_LABEL = "intake.rare.preview";

    private final JTextField code = new JTextField(12);
    private final JLabel preview = new JLabel(" ", JLabel.CENTER);
    private final JLabel message = new JLabel(" ");

    /** Builds the dialog; {@code insert} receives the character on Enter. */
    public RareCharacterDialog(Window owner, Messages messages, Consumer<String> insert) {
        super(owner, messages.text("intake.rare.title"), ModalityType.DOCUMENT_MODAL);
        setName(NAME);
        code.setName(CODE_FIELD);
        preview.setName(PREVIEW_LABEL);
        preview.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, "font: +28");
        Forms.styled(message, "small");
        JPanel pane = new JPanel(new BorderLayout(0, 8));
        pane.setBorder(BorderFactory.createEmptyBorder(14, 16, 14, 16));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(Forms.label(messages.text("intake.rare.code"), code), BorderLayout.LINE_START);
        top.add(code, BorderLayout.CENTER);
        pane.add(top, BorderLayout.PAGE_START);
        pane.add(preview, BorderLayout.CENTER);
        pane.add(message, BorderLayout.PAGE_END);
        setContentPane(pane);
        message.setText(messages.text("intake.rare.hint"));
        Forms.onTextChange(code, t -> {
            String c = CodePointInput.parse(t);
            preview.setText(c == null ? " " : c);
            message.setText(c != null || t.isBlank() ? messages.text("intake.rare.hint")
                    : messages.text("intake.rare.invalid"));
        });
        code.addActionListener(e -> {
            String c = CodePointInput.parse(code.getText());
            if (c != null) {
                dispose();
                insert.accept(c);
            } else {
                message.setText(messages.text("intake.rare.invalid"));
            }
        });
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setSize(Math.max(getWidth(), 360), Math.max(getHeight(), 200));
        setLocationRelativeTo(owner);
    }
}
