package org.yichuang.client.intake;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 输入生僻字 (F4): opens the code-point dialog; the character goes into the applicant's name at the caret. */
public final class InsertRareCharacterAction extends YichuangAction {
    private final Runnable open;

    /** Creates the action running {@code open}. */
    public InsertRareCharacterAction(Messages messages, Runnable open) {
        super(messages);
        this.open = open;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        open.run();
    }
}
