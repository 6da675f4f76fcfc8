package org.yichuang.client.receipt;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Shrinks the preview (缩小). */
public final class ZoomOutAction extends YichuangAction {
    private final ReceiptPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ZoomOutAction(Messages messages, ReceiptPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(ReceiptPresenter.Property.ZOOM, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.zoomOut();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.zoom() > ReceiptPresenter.MIN_ZOOM);
    }
}
