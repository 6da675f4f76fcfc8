package org.yichuang.client.intake;

import java.awt.event.ActionEvent;
import java.util.function.Consumer;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.YichuangAction;

/** Prints the guide (打印办事指南) of the chosen item or bundle: opens its preview, which fetches and fills it. */
public final class PrintGuideAction extends YichuangAction {
    private final IntakePresenter presenter;
    private final Consumer<CatalogEntry> openGuide;

    /** Creates the action; {@code openGuide} opens the preview of an entry's guide (on the EDT). */
    public PrintGuideAction(Messages messages, IntakePresenter presenter, Consumer<CatalogEntry> openGuide) {
        super(messages);
        this.presenter = presenter;
        this.openGuide = openGuide;
        presenter.addPropertyChangeListener(IntakePresenter.Property.CAN_PRINT_GUIDE, e -> updateEnabledState());
        updateEnabledState();
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (presenter.canPrintGuide()) {
            openGuide.accept(presenter.selectedEntry());
        }
    }

    @Override
    protected void updateEnabledState() {
        setEnabled(presenter.canPrintGuide());
    }
}
