package org.yichuang.client.signin;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Signs in (登录) with what the dialog holds; enabled when the form is complete and nothing is running. */
public final class SignInAction extends YichuangAction {
    private final SignInPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public SignInAction(Messages messages, SignInPresenter presenter) {
        super(messages);
        this.presenter = presenter;
        presenter.addPropertyChangeListener(SignInPresenter.Property.CAN_SUBMIT, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.signIn();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canSubmit());
    }
}
