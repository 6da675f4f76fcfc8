package org.yichuang.client.main;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Signs out (退出登录) and returns to the sign-in dialog. */
public final class SignOutAction extends YichuangAction {
    private final MainPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public SignOutAction(Messages messages, MainPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(MainPresenter.Property.SIGNED_OUT, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.signOut();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(!presenter.isSignedOut());
    }
}
