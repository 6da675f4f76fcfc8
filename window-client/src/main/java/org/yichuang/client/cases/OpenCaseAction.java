package org.yichuang.client.cases;

import java.awt.event.ActionEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** 查看办件: opens the selected case's detail (Enter or double-click in the list). */
public final class OpenCaseAction extends YichuangAction {
    private final Supplier<String> selectedCaseNo;
    private final Consumer<String> open;

    /** Creates the action; {@code open} shows the detail of a case number. */
    public OpenCaseAction(Messages messages, Supplier<String> selectedCaseNo, Consumer<String> open) {
        super(messages);
        this.selectedCaseNo = selectedCaseNo;
        this.open = open;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        String caseNo = selectedCaseNo.get();
        if (caseNo != null) {
            open.accept(caseNo);
        }
    }

    /** Enables the action when a row is selected; the panel calls it on selection changes. */
    public void selectionChanged() {
        updateEnabledState();
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(selectedCaseNo.get() != null);
    }
}
