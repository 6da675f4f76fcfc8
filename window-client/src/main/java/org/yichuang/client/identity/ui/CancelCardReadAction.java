package org.yichuang.client.identity.ui;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 取消读卡 (Esc): enabled while the card state allows it. */
public final class CancelCardReadAction extends YichuangAction {
    private final CardReadingPresenter cards;

    /** Follows {@code cards}' state. */
    public CancelCardReadAction(Messages messages, CardReadingPresenter cards) {
        super(messages);
        this.cards = cards;
        cards.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
            cards.cancel();
        }
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cards.state().isReading());
    }
}
