package org.yichuang.client.queue.reception;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 取号… (Ctrl+T): opens the reception's ticket dialog. */
public final class OpenReceptionAction extends YichuangAction {
    /** Component name of the menu item, for tests. */
    public static final String MENU_ITEM = "queue.menu.reception";

    private final Runnable open;

    /** Creates the action; {@code open} shows the dialog. */
    public OpenReceptionAction(Messages messages, Runnable open) {
        super(messages);
        this.open = open;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        open.run();
    }
}
