package org.yichuang.client.admin.item.actions;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.item.ItemNavigator;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Starts a new item with the content of the open one (复制为新事项); needs the open item saved or reloaded. */
public final class CopyItemAction extends YichuangAction {
    private final ItemEditorPresenter editor;
    private final ItemNavigator navigator;

    public CopyItemAction(Messages messages, ItemEditorPresenter editor, ItemNavigator navigator) {
        super(messages);
        this.editor = editor;
        this.navigator = navigator;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        navigator.copyItem();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.canCopy() && !editor.isBusy());
    }
}
