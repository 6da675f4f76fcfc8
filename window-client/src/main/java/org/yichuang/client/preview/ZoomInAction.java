package org.yichuang.client.preview;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Enlarges the preview (放大). */
public final class ZoomInAction extends YichuangAction {
    private final ReportPreviewPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public ZoomInAction(Messages messages, ReportPreviewPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(ReportPreviewPresenter.Property.ZOOM, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.zoomIn();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.zoom() < ReportPreviewPresenter.MAX_ZOOM);
    }
}
