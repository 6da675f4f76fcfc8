package org.yichuang.client.intake;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
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
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.ServiceItemSummary;

/** The intake (收件受理) panel: item list with filter, applicant form and the create-case button. */
public final class IntakePanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "intake.panel";
    public static final String FILTER_FIELD = "intake.filter";
    public static final String ITEM_TABLE = "intake.items";
    public static final String SELECTED_ITEM_LABEL = "intake.selectedItem";
    public static final String NAME_FIELD = "intake.applicantName";
    public static final String NAME_ERROR_LABEL = "intake.applicantName.error";
    public static final String ID_FIELD = "intake.idNumber";
    public static final String ID_MESSAGE_LABEL = "intake.idNumber.message";
    public static final String PHONE_FIELD = "intake.phone";
    public static final String PHONE_ERROR_LABEL = "intake.phone.error";
    public static final String REMARKS_FIELD = "intake.remarks";
    public static final String CREATE_BUTTON = "intake.create";
    public static final String CASE_NO_LABEL = "intake.caseNo";

    private final Messages messages;
    private final IntakePresenter presenter;
    private final ItemTableModel model;
    private final JTextField filter = new JTextField();
    private final JTable table;
    private final JLabel selectedItem = new JLabel(" ");
    private final JTextField name = new JTextField(20);
    private final JLabel nameError = new JLabel(" ");
    private final JTextField idNumber = new JTextField(20);
    private final JLabel idMessage = new JLabel(" ");
    private final JTextField phone = new JTextField(20);
    private final JLabel phoneError = new JLabel(" ");
    private final JTextArea remarks = new JTextArea(3, 20);
    private final JLabel caseNo = new JLabel(" ");
    private boolean syncingSelection;

    /** Builds the panel bound to {@code presenter}. */
    public IntakePanel(Messages messages, IntakePresenter presenter, CreateCaseAction createCase) {
        super(new BorderLayout());
        this.messages = messages;
        this.presenter = presenter;
        this.model = new ItemTableModel(messages);
        this.table = new JTable(model);
        setName(NAME);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, itemsPane(), formPane(createCase));
        split.setResizeWeight(0.58);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        bind();
    }

    private JComponent itemsPane() {
        filter.setName(FILTER_FIELD);
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("intake.filter.placeholder"));
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

        JLabel title = Forms.styled(Forms.label(messages.text("intake.items.title"), filter), "h3");
        JPanel top = new JPanel(new BorderLayout(0, 8));
        top.add(title, BorderLayout.PAGE_START);
        top.add(filter, BorderLayout.CENTER);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));

        JPanel pane = new JPanel(new BorderLayout());
        pane.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 10));
        pane.add(top, BorderLayout.PAGE_START);
        pane.add(new JScrollPane(table), BorderLayout.CENTER);
        return pane;
    }

    private JComponent formPane(CreateCaseAction createCase) {
        name.setName(NAME_FIELD);
        nameError.setName(NAME_ERROR_LABEL);
        idNumber.setName(ID_FIELD);
        idMessage.setName(ID_MESSAGE_LABEL);
        phone.setName(PHONE_FIELD);
        phoneError.setName(PHONE_ERROR_LABEL);
        remarks.setName(REMARKS_FIELD);
        selectedItem.setName(SELECTED_ITEM_LABEL);
        caseNo.setName(CASE_NO_LABEL);
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

        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        form.add(Forms.label(messages.text("intake.item"), table), Forms.labelAt(row));
        Forms.styled(selectedItem, "semibold");
        form.add(selectedItem, Forms.fieldAt(row++));
        form.add(Forms.label(messages.text("intake.applicantName"), name), Forms.labelAt(row));
        form.add(name, Forms.fieldAt(row++));
        form.add(nameError, Forms.hintAt(row++));
        form.add(Forms.label(messages.text("intake.idNumber"), idNumber), Forms.labelAt(row));
        form.add(idNumber, Forms.fieldAt(row++));
        form.add(idMessage, Forms.hintAt(row++));
        form.add(Forms.label(messages.text("intake.phone"), phone), Forms.labelAt(row));
        form.add(phone, Forms.fieldAt(row++));
        form.add(phoneError, Forms.hintAt(row++));
        GridBagConstraints remarksLabel = Forms.labelAt(row);
        remarksLabel.anchor = GridBagConstraints.FIRST_LINE_END;
        form.add(Forms.label(messages.text("intake.remarks"), remarks), remarksLabel);
        form.add(new JScrollPane(remarks), Forms.fieldAt(row++));
        GridBagConstraints filler = Forms.fieldAt(row);
        filler.weighty = 1;
        form.add(new JLabel(), filler);

        JButton create = new JButton(createCase);
        create.setName(CREATE_BUTTON);
        create.putClientProperty(FlatClientProperties.STYLE, "font: +2 bold; margin: 6,20,6,20");
        Forms.styled(caseNo, "h3");
        caseNo.setForeground(Forms.color("Yichuang.success.foreground"));
        JPanel actions = new JPanel(new BorderLayout(12, 0));
        actions.add(caseNo, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        buttons.add(create);
        actions.add(buttons, BorderLayout.LINE_END);
        actions.setBorder(BorderFactory.createEmptyBorder(12, 0, 0, 0));

        JLabel title = Forms.styled(new JLabel(messages.text("intake.applicant.title")), "h3");
        title.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        JPanel pane = new JPanel(new BorderLayout());
        pane.setBorder(BorderFactory.createEmptyBorder(16, 14, 16, 18));
        pane.add(title, BorderLayout.PAGE_START);
        pane.add(form, BorderLayout.CENTER);
        pane.add(actions, BorderLayout.PAGE_END);

        // Ctrl+Enter creates the case from anywhere in the panel
        KeyStroke accelerator = (KeyStroke) createCase.getValue(Action.ACCELERATOR_KEY);
        if (accelerator != null) {
            getInputMap(WHEN_IN_FOCUSED_WINDOW).put(accelerator, "createCase");
            getActionMap().put("createCase", createCase);
        }
        return pane;
    }

    private void bind() {
        Forms.onTextChange(filter, presenter::setFilter);
        Forms.onTextChange(name, presenter::setApplicantName);
        Forms.onTextChange(idNumber, presenter::setIdNumber);
        Forms.onTextChange(phone, presenter::setPhone);
        Forms.onTextChange(remarks, presenter::setRemarks);
        idNumber.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                presenter.normalizeIdNumber();
            }
        });
        // Down in the filter walks into the list; Enter in the filter or the list moves on to the applicant
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "toTable");
        filter.getActionMap().put("toTable", run(table::requestFocusInWindow));
        filter.addActionListener(e -> name.requestFocusInWindow());
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "toForm");
        table.getActionMap().put("toForm", run(name::requestFocusInWindow));
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
                        model.setRows(presenter.visibleItems());
                    } finally {
                        syncingSelection = false;
                    }
                    showSelection();
                }
                case SELECTED_ITEM -> showSelection();
                case FILTER -> Forms.setTextIfDifferent(filter, presenter.filter());
                case APPLICANT_NAME -> Forms.setTextIfDifferent(name, presenter.applicantName());
                case ID_NUMBER -> Forms.setTextIfDifferent(idNumber, presenter.idNumber());
                case PHONE -> Forms.setTextIfDifferent(phone, presenter.phone());
                case REMARKS -> Forms.setTextIfDifferent(remarks, presenter.remarks());
                case NAME_ERROR -> nameError.setText(orBlank(presenter.nameError()));
                case ID_ERROR, ID_HINT -> showIdMessage();
                case PHONE_ERROR -> phoneError.setText(orBlank(presenter.phoneError()));
                case LAST_RECEIPT -> showReceipt(presenter.lastReceipt());
                default -> { }
            }
        });
        model.setRows(presenter.visibleItems());
        showSelection();
    }

    private void showSelection() {
        ServiceItemSummary item = presenter.selectedItem();
        syncingSelection = true;
        try {
            int index = item == null ? -1 : model.indexOf(item);
            if (index < 0) {
                table.clearSelection();
            } else if (table.getSelectedRow() != index) {
                table.setRowSelectionInterval(index, index);
                table.scrollRectToVisible(table.getCellRect(index, 0, true));
            }
        } finally {
            syncingSelection = false;
        }
        selectedItem.setText(item == null ? messages.text("intake.item.none")
                : messages.text("intake.item.summary", item.name(), item.implementationCode()));
        selectedItem.setToolTipText(item == null ? null : item.department());
    }

    private void showIdMessage() {
        if (presenter.idError() != null) {
            idMessage.setText(presenter.idError());
            idMessage.setForeground(Forms.color("Yichuang.error.foreground"));
        } else {
            idMessage.setText(orBlank(presenter.idHint()));
            idMessage.setForeground(Forms.color("Yichuang.muted.foreground"));
        }
    }

    private void showReceipt(CaseReceipt receipt) {
        caseNo.setText(receipt == null ? " " : messages.text("intake.created", receipt.caseNo()));
        name.requestFocusInWindow();
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
            caseNo.setForeground(Forms.color("Yichuang.success.foreground"));
            showIdMessage();
        }
    }

    private static String orBlank(String s) {
        return s == null ? " " : s;
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
