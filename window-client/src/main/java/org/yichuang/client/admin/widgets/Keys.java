package org.yichuang.client.admin.widgets;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/** Key bindings of the administration screens that are not commands of their own (moving between list and field). */
public final class Keys {
    private Keys() {
    }

    /** Binds {@code key} on {@code component} while it has the focus (or, for a table, one of its editors). */
    public static void bind(JComponent component, int condition, KeyStroke key, String name, Runnable run) {
        component.getInputMap(condition).put(key, name);
        component.getActionMap().put(name, action(run));
    }

    /** Returns an action that only runs {@code run}. */
    public static Action action(Runnable run) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }
}
