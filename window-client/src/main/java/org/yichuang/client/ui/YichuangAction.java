package org.yichuang.client.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/**
 * One user command. Label, tooltip, accelerator, mnemonic and icon come from the {@code actions} bundle,
 * keyed by the class's simple name: {@code CreateCaseAction.name}, {@code .tooltip}, {@code .accelerator}
 * (a {@link KeyStroke} string), {@code .mnemonic} (one letter) and {@code .icon} (an SVG resource path).
 */
public abstract class YichuangAction extends AbstractAction {
    private static final int ICON_SIZE = 16;

    /** Configures the action from the bundle keys of this class's simple name. */
    protected YichuangAction(Messages messages) {
        String key = getClass().getSimpleName();
        putValue(Action.ACTION_COMMAND_KEY, key);
        String name = messages.actionText(key + ".name");
        String mnemonic = messages.actionText(key + ".mnemonic");
        putValue(Action.NAME, withMnemonic(name, mnemonic));
        String tooltip = messages.actionText(key + ".tooltip");
        if (tooltip != null) {
            putValue(Action.SHORT_DESCRIPTION, tooltip);
        }
        String accelerator = messages.actionText(key + ".accelerator");
        if (accelerator != null) {
            KeyStroke stroke = KeyStroke.getKeyStroke(accelerator);
            if (stroke == null) {
                throw new IllegalArgumentException("bad accelerator for " + key + ": " + accelerator);
            }
            putValue(Action.ACCELERATOR_KEY, stroke);
        }
        if (mnemonic != null && !mnemonic.isEmpty()) {
            putValue(Action.MNEMONIC_KEY, (int) Character.toUpperCase(mnemonic.charAt(0)));
        }
        String icon = messages.actionText(key + ".icon");
        if (icon != null) {
            putValue(Action.SMALL_ICON, new FlatSVGIcon(icon, ICON_SIZE, ICON_SIZE));
        }
    }

    /**
     * Returns the name as shown: a mnemonic letter the name does not contain is shown after it, as Chinese Windows
     * programs do ({@code 保存(S)}, {@code 导入事项库(I)…}); Swing then underlines that letter.
     */
    static String withMnemonic(String name, String mnemonic) {
        if (name == null || mnemonic == null || mnemonic.isEmpty()
                || name.toUpperCase(java.util.Locale.ROOT).indexOf(Character.toUpperCase(mnemonic.charAt(0))) >= 0) {
            return name;
        }
        String letter = "(" + Character.toUpperCase(mnemonic.charAt(0)) + ")";
        // before a trailing ellipsis or arrow: 导入事项库(I)…, 加入(A) →
        for (String tail : new String[] {"…", "...", " →", "→"}) {
            if (name.endsWith(tail)) {
                return name.substring(0, name.length() - tail.length()) + letter + tail;
            }
        }
        return name + letter;
    }

    /** Recomputes {@link #isEnabled()} from the presenter's state; subclasses call it on every change. */
    protected void updateEnabledState() {
    }
}
