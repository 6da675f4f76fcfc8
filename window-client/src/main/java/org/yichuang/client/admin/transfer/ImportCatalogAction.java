package org.yichuang.client.admin.transfer;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Imports a catalog file (导入事项库…): all or nothing, every problem listed. */
public final class ImportCatalogAction extends YichuangAction {
    private final CatalogTransferPresenter transfer;

    public ImportCatalogAction(Messages messages, CatalogTransferPresenter transfer) {
        super(messages);
        this.transfer = transfer;
        transfer.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        transfer.chooseAndImport();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!transfer.isBusy());
    }
}
