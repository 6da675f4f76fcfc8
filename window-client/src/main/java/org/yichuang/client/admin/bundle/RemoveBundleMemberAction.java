package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Removes the selected item from the bundle (移出事项). */
public final class RemoveBundleMemberAction extends YichuangAction {
    private final BundlePresenter bundles;

    public RemoveBundleMemberAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.removeMember();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.isOpen() && bundles.selectedMember() >= 0);
    }
}
