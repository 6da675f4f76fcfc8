package org.yichuang.client.supplement;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 补正/补齐 (shift F8): shows the supplement screen with the keyboard in its case number field. */
public final class OpenSupplementAction extends YichuangAction {
    private final Runnable command;

    /** Creates the action running {@code command}. */
    public OpenSupplementAction(Messages messages, Runnable command) {
        super(messages);
        this.command = command;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        command.run();
    }
}
