package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Deletes the open bundle (删除一件事) after confirmation. */
public final class DeleteBundleAction extends YichuangAction {
    private final BundlePresenter bundles;

    public DeleteBundleAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.delete();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.canDelete());
    }
}
