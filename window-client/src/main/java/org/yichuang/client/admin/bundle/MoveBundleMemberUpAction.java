package org.yichuang.client.admin.bundle;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Moves the selected member item up in the handling order (上移). */
public final class MoveBundleMemberUpAction extends YichuangAction {
    private final BundlePresenter bundles;

    public MoveBundleMemberUpAction(Messages messages, BundlePresenter bundles) {
        super(messages);
        this.bundles = bundles;
        bundles.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        bundles.moveMember(-1);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(bundles.canMoveMember(-1));
    }
}
