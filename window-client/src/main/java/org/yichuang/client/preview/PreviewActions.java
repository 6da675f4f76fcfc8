package org.yichuang.client.preview;

import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** The preview's commands; each is one action class so its texts come from {@code actions.properties}. */
final class PreviewActions {
    private PreviewActions() {
    }

    /** Base: enabled when the report is ready and nothing runs. */
    abstract static class OutputAction extends YichuangAction {
        final ReportPreviewPresenter presenter;

        OutputAction(Messages messages, ReportPreviewPresenter presenter) {
            super(messages);
            this.presenter = presenter;
            presenter.addPropertyChangeListener(e -> updateEnabledState());
            updateEnabledState();
        }

        @Override
        protected void updateEnabledState() {
            setEnabled(presenter.canOutput());
        }
    }
}
