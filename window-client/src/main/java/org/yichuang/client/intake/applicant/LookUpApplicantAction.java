package org.yichuang.client.intake.applicant;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 查找申请人 (F3): fills the form from the returning applicant with the document on it. */
public final class LookUpApplicantAction extends YichuangAction {
    private final ApplicantLookupPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public LookUpApplicantAction(Messages messages, ApplicantLookupPresenter presenter) {
        super(messages);
        this.presenter = presenter;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.lookUp();
    }
}
