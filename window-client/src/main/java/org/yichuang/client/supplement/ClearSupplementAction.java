package org.yichuang.client.supplement;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 下一位 (F12): clears the case and its materials from the supplement screen. */
public final class ClearSupplementAction extends YichuangAction {
    private final Runnable command;

    /** Creates the action running {@code command}. */
    public ClearSupplementAction(Messages messages, Runnable command) {
        super(messages);
        this.command = command;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        command.run();
    }
}
