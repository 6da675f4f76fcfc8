package org.yichuang.client.intake;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.plaf.ColorUIResource;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;

/**
 * The intake (收件受理) panel: the item list searched as the clerk types, the applicant form, and the buttons to
 * print the guide and create the case.
 *
 * <p>Keyboard only: the filter has the focus after sign-in; ↓/↑ and PgDn/PgUp move the choice while the caret
 * stays in the filter, Enter takes the chosen item to the applicant's name, Esc clears the filter, F7 prints the
 * guide and Ctrl+Enter creates the case. With a card reader (读卡器设置), F2 reads the applicant's card (读取证件) into
 * 姓名 and 身份证号码, marked 读卡 until edited; Esc cancels a read in progress.
 */
public final class IntakePanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "intake.panel";
    public static final String FILTER_FIELD = "intake.filter";
    public static final String ITEM_TABLE = "intake.items";
    public static final String RESULT_LABEL = "intake.result";
    public static final String SELECTED_ITEM_LABEL = "intake.selectedItem";
    public static final String NAME_FIELD = "intake.applicantName";
    public static final String NAME_ERROR_LABEL = "intake.applicantName.error";
    public static final String ID_FIELD = "intake.idNumber";
    public static final String ID_MESSAGE_LABEL = "intake.idNumber.message";
    public static final String PHONE_FIELD = "intake.phone";
    public static final String PHONE_ERROR_LABEL = "intake.phone.error";
    public static final String REMARKS_FIELD = "intake.remarks";
    public static final String CREATE_BUTTON = "intake.create";
    public static final String GUIDE_BUTTON = "intake.printGuide";
    /** The case number (办件编号) of the case created last: selectable, never cut off. */
    public static final String CASE_NO_FIELD = "intake.caseNo";
    public static final String CASE_NO_CAPTION = "intake.caseNo.caption";
    public static final String COPY_CASE_NO_BUTTON = "intake.copyCaseNo";
    /** The 读卡 marks inside the name and number fields: shown while the field holds what the card said. */
    public static final String NAME_CARD_MARK = "intake.applicantName.card";
    public static final String ID_CARD_MARK = "intake.idNumber.card";
    /** 证件类型 and what 查找申请人 (F3) found. */
    public static final String DOCUMENT_TYPE_COMBO = "intake.documentType";
    public static final String LOOKUP_LABEL = "intake.lookup";
    /** Why Ctrl+Enter could not create the case. */
    public static final String BLOCKER_LABEL = "intake.blocker";
    /** The applicant form's grid (受理事项 … 备注). */
    public static final String FORM_PANEL = "intake.form";

    /** The applicant form's width at 1366 px and less: room for the 43-character case number and 复制. */
    private static final int FORM_MIN_WIDTH = 560;

    private final Messages messages;
    private final IntakePresenter presenter;
    private final ItemTableModel model;
    private final JTextField filter = new JTextField();
    private final EntryTable table;
    private final JLabel result = new JLabel(" ");
    /**
     * Never widens the form either: a long name with its 31-character code would make GridBagLayout fall back to
     * minimum sizes and squash 备注 to one line; it ends in … and the tooltip holds the rest.
     */
    private final JLabel selectedItem = new JLabel(" ") {
        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            return new Dimension(0, d.height);
        }
    };
    private final JTextField name = new JTextField(20);
    private final JLabel nameError = org.yichuang.client.intake.applicant.ApplicantPartyPane.hint();
    private final javax.swing.JComboBox<org.yichuang.core.identity.DocumentType> documentType =
            new javax.swing.JComboBox<>(org.yichuang.core.identity.DocumentType.values());
    private final JLabel lookup = org.yichuang.client.intake.applicant.ApplicantPartyPane.hint();
    private final JTextField idNumber = new JTextField(20);
    private final JLabel idMessage = org.yichuang.client.intake.applicant.ApplicantPartyPane.hint();
    private final JTextField phone = new JTextField(20);
    private final JLabel phoneError = org.yichuang.client.intake.applicant.ApplicantPartyPane.hint();
    private final JTextArea remarks = new JTextArea(2, 20);
    private final JLabel caseNoCaption = new JLabel();
    private final JTextField caseNo = new JTextField();
    private final JButton copyCaseNo = new JButton();
    private final JPanel created = new JPanel(new BorderLayout(8, 2));
    /** The applicant form's grid, in {@link #formScroll}. */
    private final FormGrid form = new FormGrid();
    /**
     * Scrolls the form when the window is too short for it: an organisation with an error line, an agent and the
     * counter bar above need more than 1366×768 leaves, and GridBagLayout would otherwise squash or cut off rows.
     */
    private final JScrollPane formScroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
            JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    /** Brings the row with the keyboard into view, whoever moved the focus (Tab, Alt+key, Ctrl+Enter's blocker). */
    private final java.beans.PropertyChangeListener focusFollower = e -> {
        if (e.getNewValue() instanceof java.awt.Component c) {
            scrollIntoView(c);
        }
    };
    private final JLabel blocker = new JLabel(" ");
    private final JLabel nameCardMark = new JLabel();
    private final JLabel idCardMark = new JLabel();
    /** Holds the card line (读卡) when a card reader is attached. */
    private final JPanel cardSlot = new JPanel(new BorderLayout());
    private org.yichuang.client.identity.ui.CardReadingPresenter cards;
    /** 申请人类型, 法定代表人 and 代理人: their own pane, adding rows to this form. */
    private final org.yichuang.client.intake.applicant.ApplicantPartyPane party;
    private boolean syncingSelection;

    /** Builds the panel bound to {@code presenter}. */
    public IntakePanel(Messages messages, IntakePresenter presenter, CreateCaseAction createCase,
            PrintGuideAction printGuide) {
        super(new BorderLayout());
        this.messages = messages;
        this.presenter = presenter;
        this.model = new ItemTableModel(messages);
        this.table = new EntryTable(model);
        this.party = new org.yichuang.client.intake.applicant.ApplicantPartyPane(messages, presenter.party());
        setName(NAME);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, itemsPane(),
                formPane(createCase, printGuide));
        split.setResizeWeight(1);
        split.setBorder(null);
        // The form gets what it needs (the whole case number) and the list the rest, whatever sizes the window
        // went through before: at 1366 px the longest item name (21 characters) then fits beside 实施主体.
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                int width = split.getWidth();
                split.setDividerLocation(width - Math.max(FORM_MIN_WIDTH, Math.round(width * 0.36f)));
            }
        });
        add(split, BorderLayout.CENTER);
        bind();
    }

    private JComponent itemsPane() {
        filter.setName(FILTER_FIELD);
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.search.placeholder"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        table.setName(ITEM_TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 28));
        table.setShowHorizontalLines(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(300);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(70);
        table.getColumnModel().getColumn(3).setPreferredWidth(90);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getColumn(0).setCellRenderer(
                new EntryNameRenderer(model, messages.text("intake.bundle.tag")));
        table.emptyText = messages.text("intake.search.none");

        JLabel title = Forms.styled(Forms.label(messages.text("intake.items.title"), filter), "h3");
        result.setName(RESULT_LABEL);
        Forms.styled(result, "small");
        result.setForeground(Forms.color("Yichuang.muted.foreground"));
        JPanel heading = new JPanel(new BorderLayout(12, 0));
        heading.add(title, BorderLayout.LINE_START);
        heading.add(result, BorderLayout.LINE_END);
        JPanel top = new JPanel(new BorderLayout(0, 8));
        top.add(heading, BorderLayout.PAGE_START);
        top.add(filter, BorderLayout.CENTER);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));

        JPanel pane = new JPanel(new BorderLayout());
        pane.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 10));
        pane.add(top, BorderLayout.PAGE_START);
        pane.add(new JScrollPane(table), BorderLayout.CENTER);
        return pane;
    }

    private JComponent formPane(CreateCaseAction createCase, PrintGuideAction printGuide) {
        name.setName(NAME_FIELD);
        nameError.setName(NAME_ERROR_LABEL);
        idNumber.setName(ID_FIELD);
        idMessage.setName(ID_MESSAGE_LABEL);
        phone.setName(PHONE_FIELD);
        phoneError.setName(PHONE_ERROR_LABEL);
        remarks.setName(REMARKS_FIELD);
        selectedItem.setName(SELECTED_ITEM_LABEL);
        idNumber.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.id.placeholder"));
        phone.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.phone.placeholder"));
        Forms.styled(idNumber, "monospaced");
        remarks.setLineWrap(true);
        remarks.setWrapStyleWord(true);
        // Tab leaves the remarks instead of inserting a tab: the form must work without a mouse
        remarks.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        remarks.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        for (JLabel hint : new JLabel[] {nameError, idMessage, phoneError}) {
            Forms.styled(hint, "small");
        }
        nameError.setForeground(Forms.color("Yichuang.error.foreground"));
        phoneError.setForeground(Forms.color("Yichuang.error.foreground"));

        form.setName(FORM_PANEL);
        int row = 0;
        form.add(Forms.label(messages.text("intake.item"), table), Forms.labelAt(row));
        Forms.styled(selectedItem, "semibold");
        form.add(selectedItem, Forms.fieldAt(row++));
        // 申请人类型 and 证件类型 above the name: Enter from the item goes to 姓名 and Tab on to 证件号码, as before;
        // Shift+Tab, Alt+K or Alt+D reach them
        documentType.setName(DOCUMENT_TYPE_COMBO);
        form.add(party.kindLabel(), Forms.labelAt(row));
        form.add(party.kindRow(Forms.label(messages.text("intake.documentType"), documentType), documentType),
                Forms.fieldAt(row++));
        JLabel nameLabel = Forms.label(messages.text("intake.applicantName"), name);
        form.add(nameLabel, Forms.labelAt(row));
        form.add(name, Forms.fieldAt(row++));
        form.add(nameError, Forms.hintAt(row++));
        JLabel idLabel = Forms.label(messages.text("intake.idNumber"), idNumber);
        form.add(idLabel, Forms.labelAt(row));
        form.add(idNumber, Forms.fieldAt(row++));
        form.add(idMessage, Forms.hintAt(row++));
        row = party.addRepresentative(form, row);
        party.relabels(nameLabel, idLabel);
        form.add(Forms.label(messages.text("intake.phone"), phone), Forms.labelAt(row));
        form.add(phone, Forms.fieldAt(row++));
        form.add(phoneError, Forms.hintAt(row++));
        row = party.addAgent(form, row);
        GridBagConstraints remarksLabel = Forms.labelAt(row);
        remarksLabel.anchor = GridBagConstraints.FIRST_LINE_END;
        form.add(Forms.label(messages.text("intake.remarks"), remarks), remarksLabel);
        JScrollPane remarksPane = new JScrollPane(remarks);
        remarksPane.setName(REMARKS_FIELD + ".scroll");
        // a scroll pane's minimum is a sliver; should GridBag ever fall back to minimum sizes, keep the two lines
        remarksPane.setMinimumSize(remarksPane.getPreferredSize());
        form.add(remarksPane, Forms.fieldAt(row++));
        GridBagConstraints filler = Forms.fieldAt(row);
        filler.weighty = 1;
        form.add(new JLabel(), filler);

        JButton create = new JButton(createCase);
        create.setName(CREATE_BUTTON);
        create.putClientProperty(FlatClientProperties.STYLE, "font: +2 bold; margin: 6,20,6,20");
        JButton guide = new JButton(printGuide);
        guide.setName(GUIDE_BUTTON);
        guide.putClientProperty(FlatClientProperties.STYLE, "font: +1; margin: 6,14,6,14");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 10, 0));
        buttons.add(guide);
        buttons.add(create);
        blocker.setName(BLOCKER_LABEL);
        Forms.showError(blocker, null);
        JPanel actions = new JPanel(new BorderLayout(0, 8));
        actions.add(createdPane(), BorderLayout.PAGE_START);
        actions.add(blocker, BorderLayout.CENTER);
        actions.add(buttons, BorderLayout.PAGE_END);
        actions.setBorder(BorderFactory.createEmptyBorder(12, 0, 0, 0));

        JLabel title = Forms.styled(new JLabel(messages.text("intake.applicant.title")), "h3");
        title.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.PAGE_START);
        top.add(cardSlot, BorderLayout.CENTER);
        JPanel pane = new JPanel(new BorderLayout());
        pane.setBorder(BorderFactory.createEmptyBorder(16, 14, 16, 18));
        pane.add(top, BorderLayout.PAGE_START);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setViewportBorder(null);
        formScroll.getVerticalScrollBar().setUnitIncrement(16);
        formScroll.setName(FORM_PANEL + ".scroll");
        // a change of the form's height (an error line appearing under the field being typed) keeps that field's
        // row, with its line, in view
        form.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                        .getPermanentFocusOwner();
                if (owner != null) {
                    scrollIntoView(owner);
                }
            }
        });
        pane.add(formScroll, BorderLayout.CENTER);
        pane.add(actions, BorderLayout.PAGE_END);

        // Ctrl+Enter creates the case, or says why not and goes where to correct it; F7 prints the guide
        KeyStroke createKey = (KeyStroke) createCase.getValue(Action.ACCELERATOR_KEY);
        if (createKey != null) {
            getInputMap(WHEN_IN_FOCUSED_WINDOW).put(createKey, "createCase");
            getActionMap().put("createCase", run(this::createOrExplain));
        }
        bindAccelerator(printGuide, "printGuide");
        return pane;
    }

    /**
     * Scrolls the form so that the row holding {@code focused} shows whole with its hint or error line (the next
     * grid row when that row has no label of its own), once the layout the focus change may have caused is done.
     */
    private void scrollIntoView(java.awt.Component focused) {
        java.awt.Component cell = focused;
        while (cell != null && cell.getParent() != form) {
            cell = cell.getParent();
        }
        if (cell == null) {
            return;
        }
        java.awt.Component target = cell;
        javax.swing.SwingUtilities.invokeLater(() -> {
            formScroll.validate();
            GridBagLayout grid = (GridBagLayout) form.getLayout();
            int row = grid.getConstraints(target).gridy;
            boolean nextIsHint = true;
            for (java.awt.Component c : form.getComponents()) {
                GridBagConstraints at = grid.getConstraints(c);
                if (at.gridy == row + 1 && at.gridx == 0) {
                    nextIsHint = false;
                }
            }
            java.awt.Rectangle show = null;
            for (java.awt.Component c : form.getComponents()) {
                int y = grid.getConstraints(c).gridy;
                // GridBag parks what gets no room (an empty hint, the filler) at 0,0 with no size: not a place
                boolean placed = c.isVisible() && c.getWidth() > 0 && c.getHeight() > 0;
                if (placed && (y == row || y == row + 1 && nextIsHint)) {
                    show = show == null ? c.getBounds() : show.union(c.getBounds());
                }
            }
            if (show != null) {
                show.grow(0, 6);   // the rows' insets
                form.scrollRectToVisible(show);
            }
        });
    }

    @Override
    public void addNotify() {
        super.addNotify();
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .addPropertyChangeListener("permanentFocusOwner", focusFollower);
    }

    @Override
    public void removeNotify() {
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .removePropertyChangeListener("permanentFocusOwner", focusFollower);
        super.removeNotify();
    }

    /** 已受理，办件编号： over the number in a read-only field the clerk can select, and a copy button. */
    private JComponent createdPane() {
        caseNoCaption.setName(CASE_NO_CAPTION);
        caseNoCaption.setText(messages.text("intake.created"));
        caseNoCaption.setForeground(Forms.color("Yichuang.success.foreground"));
        Forms.styled(caseNoCaption, "semibold");
        caseNo.setName(CASE_NO_FIELD);
        caseNo.setEditable(false);
        caseNo.setFocusable(true);   // Tab reaches it, Ctrl+A/Ctrl+C work without the mouse
        Forms.styled(caseNo, "monospaced");
        caseNo.putClientProperty(FlatClientProperties.STYLE, "font: +2");
        copyCaseNo.setName(COPY_CASE_NO_BUTTON);
        copyCaseNo.setText(messages.text("intake.copyCaseNo"));
        copyCaseNo.setToolTipText(messages.text("intake.copyCaseNo.tip"));
        copyCaseNo.addActionListener(e -> copyCaseNumber());
        created.add(caseNoCaption, BorderLayout.PAGE_START);
        created.add(caseNo, BorderLayout.CENTER);
        created.add(copyCaseNo, BorderLayout.LINE_END);
        created.setVisible(false);
        return created;
    }

    private void copyCaseNumber() {
        String number = caseNo.getText();
        if (!number.isBlank()) {
            java.awt.datatransfer.StringSelection text = new java.awt.datatransfer.StringSelection(number);
            getToolkit().getSystemClipboard().setContents(text, text);
            caseNoCaption.setText(messages.text("intake.created") + " " + messages.text("intake.copied"));
        }
    }

    private void createOrExplain() {
        IntakePresenter.Blocker why = presenter.createOrExplain();
        if (why == null || why.field() == null) {
            return;
        }
        JComponent target = switch (why.field()) {
            case ITEM -> filter;
            case NAME -> name;
            case ID_NUMBER -> idNumber;
            case PHONE -> phone;
            case REMARKS -> remarks;
            default -> null;
        };
        if (target == null) {
            party.focus(org.yichuang.client.intake.applicant.ApplicantPartyPresenter.Field.valueOf(why.field().name()));
            return;
        }
        target.requestFocusInWindow();
        if (target instanceof javax.swing.text.JTextComponent text && why.field() != IntakePresenter.Field.ITEM) {
            text.selectAll();
        }
    }

    private void bindAccelerator(Action action, String key) {
        KeyStroke accelerator = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (accelerator != null) {
            getInputMap(WHEN_IN_FOCUSED_WINDOW).put(accelerator, key);
            getActionMap().put(key, action);
        }
    }

    private void bind() {
        Forms.onTextChange(filter, presenter::setFilter);
        Forms.onTextChange(name, presenter::setApplicantName);
        Forms.onTextChange(idNumber, presenter::setIdNumber);
        Forms.onTextChange(phone, presenter::setPhone);
        documentType.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                    boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof org.yichuang.core.identity.DocumentType t
                        ? t.label() : value, index, selected, focus);
            }
        });
        documentType.setSelectedItem(presenter.documentType());
        documentType.addActionListener(e -> presenter.setDocumentType(
                (org.yichuang.core.identity.DocumentType) documentType.getSelectedItem()));
        Forms.onTextChange(remarks, presenter::setRemarks);
        idNumber.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                presenter.normalizeIdNumber();
            }
        });
        // The caret stays in the filter while the arrows walk the list: the clerk can go on typing at any time
        bindInFilter(KeyEvent.VK_DOWN, "selectNext", () -> presenter.moveSelection(1));
        bindInFilter(KeyEvent.VK_UP, "selectPrevious", () -> presenter.moveSelection(-1));
        bindInFilter(KeyEvent.VK_PAGE_DOWN, "selectNextPage", () -> presenter.moveSelection(pageRows()));
        bindInFilter(KeyEvent.VK_PAGE_UP, "selectPreviousPage", () -> presenter.moveSelection(-pageRows()));
        // Esc in the filter ends a card read in progress first, then clears the filter
        bindInFilter(KeyEvent.VK_ESCAPE, "clearFilter", () -> {
            if (cards != null && cards.state().isReading()) {
                cards.cancel();
            } else {
                presenter.clearFilter();
            }
        });
        // Enter in the filter or the list takes the chosen item on to the applicant or 一件事
        filter.addActionListener(e -> toApplicant());
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "toForm");
        table.getActionMap().put("toForm", run(this::toApplicant));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncingSelection) {
                int row = table.getSelectedRow();
                presenter.select(row < 0 ? null : model.row(row));
            }
        });

        presenter.addPropertyChangeListener(e -> {
            switch (IntakePresenter.Property.valueOf(e.getPropertyName())) {
                case VISIBLE_ITEMS -> {
                    syncingSelection = true;
                    try {
                        model.setRows(presenter.visibleEntries());
                        fitColumns();
                    } finally {
                        syncingSelection = false;
                    }
                    showSelection();
                }
                case SELECTED_ITEM -> showSelection();
                case RESULT_SUMMARY -> result.setText(presenter.resultSummary());
                case FILTER -> Forms.setTextIfDifferent(filter, presenter.filter());
                case APPLICANT_NAME -> Forms.setTextIfDifferent(name, presenter.applicantName());
                case ID_NUMBER -> Forms.setTextIfDifferent(idNumber, presenter.idNumber());
                case PHONE -> Forms.setTextIfDifferent(phone, presenter.phone());
                case DOCUMENT_TYPE -> {
                    if (documentType.getSelectedItem() != presenter.documentType()) {
                        documentType.setSelectedItem(presenter.documentType());
                    }
                }
                case REMARKS -> Forms.setTextIfDifferent(remarks, presenter.remarks());
                case NAME_ERROR -> showFieldError(name, nameError, presenter.nameError());
                case ID_ERROR, ID_HINT -> showIdMessage();
                case PHONE_ERROR -> showFieldError(phone, phoneError, presenter.phoneError());
                case LAST_RECEIPT -> showReceipt(presenter.lastReceipt());
                case BLOCKER -> Forms.showError(blocker,
                        presenter.blocker() == null ? null : presenter.blocker().message());
                default -> { }
            }
        });
        model.setRows(presenter.visibleEntries());
        fitColumns();
        result.setText(presenter.resultSummary());
        showSelection();
    }

    private void bindInFilter(int keyCode, String key, Runnable command) {
        filter.getInputMap().put(KeyStroke.getKeyStroke(keyCode, 0), key);
        filter.getActionMap().put(key, run(command));
    }

    private int pageRows() {
        return Math.max(1, table.getVisibleRect().height / table.getRowHeight() - 1);
    }

    private void toApplicant() {
        if (presenter.selectedEntry() != null) {
            name.requestFocusInWindow();
        }
    }

    private void showSelection() {
        CatalogEntry entry = presenter.selectedEntry();
        syncingSelection = true;
        try {
            int index = entry == null ? -1 : model.indexOf(entry);
            if (index < 0) {
                table.clearSelection();
            } else if (table.getSelectedRow() != index) {
                table.setRowSelectionInterval(index, index);
                table.scrollRectToVisible(table.getCellRect(index, 0, true));
            }
        } finally {
            syncingSelection = false;
        }
        if (entry == null) {
            selectedItem.setText(messages.text("intake.item.none"));
            selectedItem.setToolTipText(null);
        } else if (entry.isBundle()) {
            // the bundle's code (BUNDLE-…) means nothing to a clerk: say what it holds instead
            selectedItem.setText(messages.text("intake.bundle.summary", entry.name(), entry.members().size()));
            selectedItem.setToolTipText(entry.bundle().description());
        } else {
            selectedItem.setText(messages.text("intake.item.summary", entry.name(), entry.code()));
            selectedItem.setToolTipText(selectedItem.getText() + " · " + entry.item().department());
        }
    }

    private void showIdMessage() {
        if (presenter.idError() != null) {
            showFieldError(idNumber, idMessage, presenter.idError());
        } else {
            Forms.outlineError(idNumber, false);
            idMessage.setIcon(null);
            idMessage.putClientProperty(Forms.ERROR_SHOWN, false);
            idMessage.setText(orBlank(presenter.idHint()));
            idMessage.setForeground(Forms.color("Yichuang.muted.foreground"));
        }
    }

    /** A wrong field gets FlatLaf's red outline and a red message with the error sign under it. */
    private static void showFieldError(JComponent field, JLabel message, String error) {
        Forms.outlineError(field, error != null);
        Forms.showError(message, error);
    }

    /**
     * Widens 实施主体, 办件类型 and 承诺时限 to their longest text so far (never narrower: the list must not jump
     * while the clerk types); the name column takes what is left and shows the rest in its tooltip.
     */
    private void fitColumns() {
        for (int column = 1; column < model.getColumnCount(); column++) {
            javax.swing.table.TableColumn c = table.getColumnModel().getColumn(column);
            java.awt.Component header = table.getTableHeader().getDefaultRenderer()
                    .getTableCellRendererComponent(table, c.getHeaderValue(), false, false, -1, column);
            int width = header.getPreferredSize().width;
            for (int row = 0; row < model.getRowCount(); row++) {
                java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                width = Math.max(width, cell.getPreferredSize().width);
            }
            width += 2 * table.getIntercellSpacing().width + 8;
            if (width > c.getMinWidth()) {
                c.setMinWidth(width);
                c.setPreferredWidth(width);
            }
        }
    }

    private void showReceipt(CaseReceipt receipt) {
        created.setVisible(receipt != null);
        caseNoCaption.setText(messages.text("intake.created"));
        caseNo.setText(receipt == null ? "" : receipt.caseNo());
        caseNo.setCaretPosition(0);
        if (receipt != null) {
            name.requestFocusInWindow();
        }
    }

    /**
     * Adds card reading (读卡): the card line above the form, F2 and Esc from anywhere on the screen, the 读卡 marks,
     * and 放卡即读 polling while this panel shows.
     */
    public void attachCardReading(org.yichuang.client.identity.ui.CardReadingPresenter presenter,
            JComponent bar, Action read, Action cancel) {
        this.cards = presenter;
        cardSlot.add(bar, BorderLayout.CENTER);
        cardSlot.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        bindAccelerator(read, "readCard");
        // JTable binds F2 to editing, which a read-only list does not need; there F2 reads the card too
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "readCard");
        table.getActionMap().put("readCard", read);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancelCardRead");
        getActionMap().put("cancelCardRead", cancel);
        String tip = messages.text("card.mark.tip", "");
        for (JLabel mark : new JLabel[] {nameCardMark, idCardMark}) {
            mark.setText(messages.text("card.mark"));
            Forms.styled(mark, "small");
            mark.setForeground(Forms.color("Yichuang.cardMark.foreground"));
            mark.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 6));
            mark.setToolTipText(tip);
            mark.setVisible(false);
        }
        name.setToolTipText(messages.text("card.field.tip"));
        idNumber.setToolTipText(messages.text("card.field.tip"));
        nameCardMark.setName(NAME_CARD_MARK);
        idCardMark.setName(ID_CARD_MARK);
        name.putClientProperty(FlatClientProperties.TEXT_FIELD_TRAILING_COMPONENT, nameCardMark);
        idNumber.putClientProperty(FlatClientProperties.TEXT_FIELD_TRAILING_COMPONENT, idCardMark);
        presenter.addPropertyChangeListener(e -> showCardMarks());
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0) {
                presenter.setShown(isShowing());
            }
        });
        presenter.setShown(isShowing());
        revalidate();
    }

    private void showCardMarks() {
        org.yichuang.client.identity.ui.CardReadingState s = cards.state();
        String tip = s.cardKind() == null ? null : messages.text("card.mark.tip", s.cardKind().label());
        // an organisation's card is its representative's: 单位名称 and the credit code never come from a card
        boolean person = !presenter.party().organisation();
        nameCardMark.setVisible(person && s.nameFromCard());
        nameCardMark.setToolTipText(tip);
        idCardMark.setVisible(person && s.numberFromCard());
        idCardMark.setToolTipText(tip);
    }

    /** Where 输入生僻字 inserts: the name field's caret (or selection) when the dialog opened. */
    private int nameCaretStart;
    private int nameCaretEnd;

    /** Notes the caret in the name field before a dialog takes the focus. */
    public void rememberNameCaret() {
        nameCaretStart = name.getSelectionStart();
        nameCaretEnd = name.getSelectionEnd();
    }

    /** Inserts {@code text} (a 生僻字, kept exactly: no normalisation) into the name at the remembered caret. */
    public void insertIntoName(String text) {
        String now = name.getText();
        int start = Math.min(nameCaretStart, now.length());
        int end = Math.max(start, Math.min(nameCaretEnd, now.length()));
        name.setText(now.substring(0, start) + text + now.substring(end));
        name.setCaretPosition(start + text.length());
        // after the dialog: without a window manager (and on some desktops) the frame is not re-activated by itself
        javax.swing.SwingUtilities.invokeLater(() -> {
            java.awt.Window window = javax.swing.SwingUtilities.getWindowAncestor(name);
            if (window != null) {
                window.toFront();
            }
            name.requestFocus();
        });
    }

    /** Adds 查找申请人 (F3): the returning applicant by the document on the form; what it found shows under 证件号码. */
    public void attachApplicantLookup(org.yichuang.client.intake.applicant.ApplicantLookupPresenter lookups,
            Action lookUp) {
        lookup.setName(LOOKUP_LABEL);
        Forms.styled(lookup, "small");
        lookup.setForeground(Forms.color("Yichuang.muted.foreground"));
        java.awt.Container form = idMessage.getParent();
        GridBagConstraints at = ((GridBagLayout) form.getLayout()).getConstraints(idMessage);
        form.remove(idMessage);
        JPanel both = new JPanel(new BorderLayout());
        both.add(idMessage, BorderLayout.PAGE_START);
        both.add(lookup, BorderLayout.PAGE_END);
        form.add(both, at);
        bindAccelerator(lookUp, "lookUpApplicant");
        lookups.addPropertyChangeListener(e -> lookup.setText(orBlank(lookups.message())));
        revalidate();
    }

    /** Puts the caret in the filter, where every intake starts. */
    public void focusFilter() {
        filter.requestFocusInWindow();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (caseNo != null) {   // null while the superclass constructor runs
            nameError.setForeground(Forms.color("Yichuang.error.foreground"));
            phoneError.setForeground(Forms.color("Yichuang.error.foreground"));
            blocker.setForeground(Forms.color("Yichuang.error.foreground"));
            caseNoCaption.setForeground(Forms.color("Yichuang.success.foreground"));
            nameCardMark.setForeground(Forms.color("Yichuang.cardMark.foreground"));
            idCardMark.setForeground(Forms.color("Yichuang.cardMark.foreground"));
            result.setForeground(Forms.color("Yichuang.muted.foreground"));
            showIdMessage();
            party.updateColours();
        }
    }

    private static String orBlank(String s) {
        return s == null ? " " : s;
    }

    /**
     * The form's grid in its scroll pane: as wide as the view (no horizontal scrolling; the split gives the form its
     * width), as tall as its rows need, and stretched to the view when that is taller so the filler row takes the
     * rest as before.
     */
    private static final class FormGrid extends org.yichuang.client.ui.ScrollableForm {
        FormGrid() {
            super(new GridBagLayout());
        }
    }

    /** The list, saying 无匹配事项 in its empty area when the search finds nothing. */
    private static final class EntryTable extends JTable {
        private String emptyText;

        EntryTable(ItemTableModel model) {
            super(model);
        }

        /**
         * The caret stays in the filter while ↓/↑ walk the list, so the choice must look chosen without the focus.
         * FlatLaf greys an unfocused table's selection when its colours are the very theme instances; copies are
         * left alone, and being UIResources they are replaced (and copied again here) on a theme switch.
         */
        @Override
        public void updateUI() {
            super.updateUI();
            Color background = UIManager.getColor("Table.selectionBackground");
            Color foreground = UIManager.getColor("Table.selectionForeground");
            if (background != null && foreground != null) {
                setSelectionBackground(new ColorUIResource(background));
                setSelectionForeground(new ColorUIResource(foreground));
            }
        }

        @Override
        protected void paintComponent(Graphics g) {
            super.paintComponent(g);
            if (getRowCount() == 0 && emptyText != null && getParent() != null) {
                g.setColor(Forms.color("Yichuang.muted.foreground"));
                g.setFont(getFont());
                FontMetrics fm = g.getFontMetrics();
                int x = (getWidth() - fm.stringWidth(emptyText)) / 2;
                g.drawString(emptyText, Math.max(8, x), 48 + fm.getAscent());
            }
        }
    }

    private static Action run(Runnable r) {
        return new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
    }
}
