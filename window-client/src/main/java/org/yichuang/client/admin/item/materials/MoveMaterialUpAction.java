package org.yichuang.client.admin.item.materials;

import java.awt.event.ActionEvent;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Moves the selected material up (上移): the order is the order applicants see. */
public final class MoveMaterialUpAction extends YichuangAction {
    private final ItemEditorPresenter editor;

    public MoveMaterialUpAction(Messages messages, ItemEditorPresenter editor) {
        super(messages);
        this.editor = editor;
        editor.addPropertyChangeListener(e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        editor.moveMaterial(-1);
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(editor.canMoveMaterial(-1) && !editor.isBusy());
    }
}
