package org.yichuang.client.queue.counter;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 窗口屏显示: opens the counter-top display, or closes it when it is open. */
public final class OpenCounterDisplayAction extends YichuangAction {
    /** Component name of its menu item. */
    public static final String MENU_ITEM = "main.menu.counterDisplay";
    private final Runnable toggle;

    /** {@code toggle} opens or closes the display. */
    public OpenCounterDisplayAction(Messages messages, Runnable toggle) {
        super(messages);
        this.toggle = toggle;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        toggle.run();
    }
}
