package org.yichuang.client.admin.item.actions;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Saves the edited item as a new version (保存); enabled while the draft is changed and breaks no rule. */
public final class SaveItemAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public SaveItemAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.save();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.canSave());
    }
}
