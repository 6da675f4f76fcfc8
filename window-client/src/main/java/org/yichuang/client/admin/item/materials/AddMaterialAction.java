package org.yichuang.client.admin.item.materials;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Adds a material (添加材料) after the selected one. */
public final class AddMaterialAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public AddMaterialAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.addMaterial();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.isOpen() && !editor.isBusy());
    }
}
