package org.yichuang.client.preview;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Chooses the counter's printer (选择打印机) among those the system knows. */
public final class ChoosePrinterAction extends YichuangAction {
    private final ReportPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ChoosePrinterAction(Messages messages, ReportPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(ReportPreviewPresenter.Property.BUSY, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.choosePrinter();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.isBusy());
    }
}
