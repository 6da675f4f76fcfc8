package org.yichuang.client.admin;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Starts a new item (新建事项), asking first about unsaved changes. */
final class NewItemAction extends YichuangAction {
    private final CatalogAdminPresenter admin;

    NewItemAction(Messages messages, CatalogAdminPresenter admin) {
        super(messages);
        this.admin = admin;
        admin.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        admin.newItem();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(true);
    }
}
