package org.yichuang.client.admin;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Loads the item list and the bundles again (刷新). */
final class ReloadCatalogAction extends YichuangAction {
    private final CatalogAdminPresenter admin;

    ReloadCatalogAction(Messages messages, CatalogAdminPresenter admin) {
        super(messages);
        this.admin = admin;
        admin.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        admin.load();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!admin.isBusy());
    }
}
