package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Saves the edited bundle (保存一件事); enabled while it is changed and complete. */
public final class SaveBundleAction extends YichuangAction {
    private final BundlePresenter bundles;

    public SaveBundleAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.save();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.canSave());
    }
}
