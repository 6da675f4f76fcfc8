package org.yichuang.client.admin;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Starts a new item with the content of the open one (复制为新事项); needs the open item saved or reloaded. */
final class CopyItemAction extends YichuangAction {
    private final CatalogAdminPresenter admin;

    CopyItemAction(Messages messages, CatalogAdminPresenter admin) {
        super(messages);
        this.admin = admin;
        admin.editor().addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        admin.copyItem();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(admin.editor().canCopy() && !admin.editor().isBusy());
    }
}
