package org.yichuang.client.main;

import java.awt.event.ActionEvent;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Opens catalog administration (事项管理) in its own window, for an administrator who also works at a counter. */
public final class OpenCatalogAdminAction extends YichuangAction {
    private final Runnable open;

    /** Creates the action; {@code open} shows the window (or brings it to the front). */
    public OpenCatalogAdminAction(Messages messages, MainPresenter presenter, Runnable open) {
        super(messages);
        this.open = open;
        setEnabled(presenter.opensCatalogInWindow());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        open.run();
    }
}
