package org.yichuang.client.intake;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 下一位 (F12): clears everything personal from the screen and from the presenters, and starts at the item again. */
public final class NextApplicantAction extends YichuangAction {
    private final Runnable next;

    /** Creates the action running {@code next}. */
    public NextApplicantAction(Messages messages, Runnable next) {
        super(messages);
        this.next = next;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        next.run();
    }
}
