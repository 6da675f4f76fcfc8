package org.yichuang.client.supplement;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 查找办件 (Enter in the case number field): the case's outstanding materials. */
public final class LoadSupplementCaseAction extends YichuangAction {
    private final Runnable command;

    /** Creates the action running {@code command}. */
    public LoadSupplementCaseAction(Messages messages, Runnable command) {
        super(messages);
        this.command = command;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        command.run();
    }
}
