package org.yichuang.client.preview;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Shrinks the preview (缩小). */
public final class ZoomOutAction extends YichuangAction {
    private final ReportPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ZoomOutAction(Messages messages, ReportPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(ReportPreviewPresenter.Property.ZOOM, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.zoomOut();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.zoom() > ReportPreviewPresenter.MIN_ZOOM);
    }
}
