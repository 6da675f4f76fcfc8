package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Adds the item picked from the catalog list to the bundle (加入事项). */
public final class AddBundleMemberAction extends YichuangAction {
    private final BundlePresenter bundles;

    public AddBundleMemberAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.addCandidate();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.canAddCandidate());
    }
}
