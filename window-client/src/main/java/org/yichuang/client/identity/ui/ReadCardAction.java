package org.yichuang.client.identity.ui;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 读取证件 (F2): enabled while the card state allows it. */
public final class ReadCardAction extends YichuangAction {
    private final CardReadingPresenter cards;

    /** Follows {@code cards}' state. */
    public ReadCardAction(Messages messages, CardReadingPresenter cards) {
        super(messages);
        this.cards = cards;
        cards.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
            cards.read();
        }
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(cards.state().canRead());
    }
}
