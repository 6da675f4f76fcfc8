package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Moves the selected member item down in the handling order (下移). */
public final class MoveBundleMemberDownAction extends YichuangAction {
    private final BundlePresenter bundles;

    public MoveBundleMemberDownAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.moveMember(1);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.canMoveMember(1));
    }
}
