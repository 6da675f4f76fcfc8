package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Starts a new bundle (新建一件事). */
public final class NewBundleAction extends YichuangAction {
    private final BundlePresenter bundles;

    public NewBundleAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.newBundle();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!bundles.isBusy());
    }
}
