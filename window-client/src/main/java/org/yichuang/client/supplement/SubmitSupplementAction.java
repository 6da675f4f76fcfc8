package org.yichuang.client.supplement;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 登记补交 (F9): records the materials ticked as brought; the server moves the case on when all are in. */
public final class SubmitSupplementAction extends YichuangAction {
    private final Runnable command;

    /** Creates the action running {@code command}. */
    public SubmitSupplementAction(Messages messages, Runnable command) {
        super(messages);
        this.command = command;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        command.run();
    }
}
