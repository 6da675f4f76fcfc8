package org.yichuang.client.admin.transfer;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Copies every import problem as tab-separated lines (复制全部), to paste into an e-mail or a spreadsheet. */
public final class CopyProblemsAction extends YichuangAction {
    private final CatalogTransferPresenter transfer;

    public CopyProblemsAction(Messages messages, CatalogTransferPresenter transfer) {
        super(messages);
        this.transfer = transfer;
        transfer.addPropertyChangeListener(CatalogTransferPresenter.Property.PROBLEMS, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        StringSelection text = new StringSelection(transfer.problemsAsText());
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(text, text);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!transfer.problems().isEmpty());
    }
}
