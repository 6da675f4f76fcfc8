package org.yichuang.client.print;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Opens the print queue (打印队列): the papers that wait for a printer, and the counter's printers. */
public final class OpenPrintQueueAction extends YichuangAction {
    /** Component name of its menu item, for tests. */
    public static final String MENU_ITEM = "menu.printQueue";

    private final Runnable open;

    /** Creates the action; {@code open} shows the dialog (on the EDT). */
    public OpenPrintQueueAction(Messages messages, Runnable open) {
        super(messages);
        this.open = open;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        open.run();
    }
}
