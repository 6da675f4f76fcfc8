package org.yichuang.client.main;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Switches between the light and the dark theme (浅色/深色主题). */
public final class SwitchThemeAction extends YichuangAction {
    private final MainPresenter presenter;

    /** Creates the action bound to {@code presenter}. */
    public SwitchThemeAction(Messages messages, MainPresenter presenter) {
        super(messages);
        this.presenter = presenter;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        presenter.toggleTheme();
    }
}
