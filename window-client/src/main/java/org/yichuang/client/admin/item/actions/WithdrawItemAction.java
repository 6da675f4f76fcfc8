package org.yichuang.client.admin.item.actions;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Withdraws the open item (停用) after confirmation, now or from the 生效时间 given. */
public final class WithdrawItemAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public WithdrawItemAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.withdraw();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.canWithdraw());
    }
}
