package org.yichuang.client.admin.item.materials;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Removes the selected material (删除材料). */
public final class RemoveMaterialAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public RemoveMaterialAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.removeMaterial();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.isOpen() && editor.selectedMaterial() >= 0 && !editor.isBusy());
    }
}
