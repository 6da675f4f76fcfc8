package org.yichuang.client.admin.item.actions;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemNavigator;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Starts a new item (新建事项), asking first about unsaved changes. */
public final class NewItemAction extends YichuangAction {
    private final ItemNavigator navigator;

    public NewItemAction(Messages messages, ItemNavigator navigator) {
        super(messages);
        this.navigator = navigator;
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        navigator.newItem();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(true);
    }
}
