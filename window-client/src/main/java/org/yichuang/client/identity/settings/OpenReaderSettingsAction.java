package org.yichuang.client.identity.settings;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 系统 → 读卡器设置…: opens this counter's card-reader settings. */
public final class OpenReaderSettingsAction extends YichuangAction {
    /** Component name of the menu item, for tests. */
    public static final String MENU_ITEM = "main.menu.readerSettings";
    private final Runnable open;

    /** Runs {@code open} (which shows the dialog) on each use. */
    public OpenReaderSettingsAction(Messages messages, Runnable open) {
        super(messages);
        this.open = open;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        open.run();
    }
}
