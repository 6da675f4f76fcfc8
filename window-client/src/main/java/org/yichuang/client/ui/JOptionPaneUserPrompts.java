package org.yichuang.client.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** {@link UserPrompts} with JOptionPane and JFileChooser, parented on the active window. */
public final class JOptionPaneUserPrompts implements UserPrompts {
    private final Messages messages;

    /** Creates the prompts; {@code messages} supplies the file-overwrite question. */
    public JOptionPaneUserPrompts(Messages messages) {
        this.messages = messages;
    }

    private static Component parent() {
        java.awt.Window window = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        // a dialog that has just closed (a file chooser) can stay the active window for a moment; a modal prompt
        // parented on it would block the EDT without ever showing, so its nearest showing owner is taken
        while (window != null && !window.isShowing()) {
            window = window.getOwner();
        }
        return window;
    }

    @Override
    public boolean confirm(String title, String message) {
        return JOptionPane.showConfirmDialog(parent(), message, title, JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE) == JOptionPane.YES_OPTION;
    }

    @Override
    public void inform(String title, String message) {
        JOptionPane.showMessageDialog(parent(), message, title, JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public void warn(String title, String message) {
        JOptionPane.showMessageDialog(parent(), message, title, JOptionPane.WARNING_MESSAGE);
    }

    @Override
    public Optional<Path> chooseFile(String title, String suggestedName, String extension) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), extension));
        chooser.setSelectedFile(new File(suggestedName));
        if (chooser.showSaveDialog(parent()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        File file = chooser.getSelectedFile();
        if (!file.getName().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            file = new File(file.getParentFile(), file.getName() + "." + extension);
        }
        if (file.exists() && !confirm(title, messages.text("prompt.overwrite", file.getName()))) {
            return Optional.empty();
        }
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String initial) {
        Object picked = JOptionPane.showInputDialog(parent(), message, title, JOptionPane.QUESTION_MESSAGE, null,
                choices.toArray(), initial);
        return Optional.ofNullable((String) picked);
    }
}
