package org.yichuang.client.admin.item.actions;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Loads the newest stored version of the open item again (重新加载), dropping the draft after confirmation. */
public final class ReloadItemAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public ReloadItemAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.reload();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.isOpen() && !editor.isNew() && !editor.isBusy());
    }
}
