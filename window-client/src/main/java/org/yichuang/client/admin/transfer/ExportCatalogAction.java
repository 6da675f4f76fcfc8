package org.yichuang.client.admin.transfer;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Exports the whole catalog (导出事项库…) as .xlsx or .json. */
public final class ExportCatalogAction extends YichuangAction {
    private final CatalogTransferPresenter transfer;

    public ExportCatalogAction(Messages messages, CatalogTransferPresenter transfer) {
        super(messages);
        this.transfer = transfer;
        transfer.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        transfer.chooseAndExport();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!transfer.isBusy());
    }
}
