package org.yichuang.client.receipt;

import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** The preview's commands; each is one action class so its texts come from {@code actions.properties}. */
final class ReceiptActions {
    private ReceiptActions() {
    }

    /** Base: enabled when the report is ready and nothing runs. */
    abstract static class OutputAction extends YichuangAction {
        final ReceiptPresenter presenter;

        OutputAction(Messages messages, ReceiptPresenter presenter) {
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
