package org.yichuang.client.queue.reception;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import org.yichuang.client.admin.widgets.Keys;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;

/**
 * The reception's 取号 dialog (modeless): category, optional document number (typed, or F2 from the card reader),
 * priority on evidence; Enter issues and prints, the number shows large with the people ahead, F12 clears for the next
 * applicant, Esc closes. Shows {@link ReceptionPresenter}'s state only.
 */
public final class ReceptionDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "reception.dialog";
    public static final String CATEGORY = "reception.category";
    public static final String DOCUMENT_TYPE = "reception.documentType";
    public static final String DOCUMENT_NUMBER = "reception.documentNumber";
    public static final String READ_CARD = "reception.readCard";
    public static final String ISSUE = "reception.issue";
    public static final String NEXT = "reception.next";
    public static final String NUMBER = "reception.number";
    public static final String DETAILS = "reception.details";
    public static final String PRINT_STATUS = "reception.printStatus";
    public static final String ERROR = "reception.error";
    public static final String NO_PRIORITY = "reception.priority.none";
    public static final String CHECK_IN = "reception.checkIn";
    public static final String BOOKING = "reception.booking";

    /** Returns the component name of a priority reason's radio button. */
    public static String priorityName(PriorityReason reason) {
        return "reception.priority." + reason.name();
    }

    /** A booked slot's times as the booking page shows them. */
    private static final java.time.format.DateTimeFormatter HOUR_MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    /** The width the print status wraps at, inside the result box of the dialog's minimum width. */
    private static final int PRINT_STATUS_WIDTH = 400;

    private final Messages messages;
    private final ReceptionPresenter presenter;
    private final JComboBox<QueueCategory> category = new JComboBox<>();
    private final JComboBox<DocumentType> documentType = new JComboBox<>(DocumentType.values());
    private final JTextField documentNumber = new JTextField(20);
    private final JPanel priorityBox = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 6, 0));
    private final ButtonGroup priorityGroup = new ButtonGroup();
    private final JRadioButton noPriority;
    private final List<JRadioButton> priorityButtons = new ArrayList<>();
    private final JLabel number = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel details = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel printStatus = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel booking = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel error = new JLabel(" ");
    private boolean showing;
    private String shownError;

    /** Builds the dialog on {@code owner}. */
    public ReceptionDialog(Window owner, Messages messages, ReceptionPresenter presenter, IssueTicketAction issue,
            ReadTicketCardAction readCard, NextTicketAction next, CheckInBookingAction checkIn) {
        super(owner, messages.text("reception.title"), ModalityType.MODELESS);
        this.messages = messages;
        this.presenter = presenter;
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        noPriority = Widgets.named(new JRadioButton(messages.text("reception.priority.none")), NO_PRIORITY);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 16, 8, 16));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(5, 4, 5, 4);
        c.anchor = GridBagConstraints.LINE_START;
        category.setName(CATEGORY);
        category.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                QueueCategory q = (QueueCategory) value;
                return super.getListCellRendererComponent(list, q == null ? "" : q.prefix() + " · " + q.name(), index,
                        selected, focus);
            }
        });
        category.setFont(category.getFont().deriveFont(category.getFont().getSize2D() * 1.25f));
        row(form, c, 0, "reception.category", category);
        documentType.setName(DOCUMENT_TYPE);
        documentType.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : ((DocumentType) value).label(),
                        index, selected, focus);
            }
        });
        row(form, c, 1, "reception.documentType", documentType);
        documentNumber.setName(DOCUMENT_NUMBER);
        JPanel numberBox = new JPanel(new BorderLayout(6, 0));
        numberBox.add(documentNumber, BorderLayout.CENTER);
        numberBox.add(Widgets.named(new JButton(readCard), READ_CARD), BorderLayout.LINE_END);
        row(form, c, 2, "reception.documentNumber", numberBox);
        JLabel hint = new JLabel("<html>" + messages.text("reception.documentNumber.hint") + "<br>"
                + messages.text("reception.checkIn.hint") + "</html>");
        Forms.styled(hint, "small");
        c.gridy = 3;
        c.gridx = 1;
        form.add(hint, c);
        priorityGroup.add(noPriority);
        row(form, c, 4, "reception.priority", priorityBox);
        error.setName(ERROR);
        error.setForeground(Forms.color("Yichuang.error.foreground"));
        c.gridy = 5;
        c.gridx = 0;
        c.gridwidth = 2;
        form.add(error, c);

        JPanel result = new JPanel(new GridBagLayout());
        result.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(4, 16, 4, 16),
                BorderFactory.createTitledBorder(messages.text("reception.result"))));
        number.setName(NUMBER);
        number.setFont(number.getFont().deriveFont(Font.BOLD, 56f));
        details.setName(DETAILS);
        details.setFont(details.getFont().deriveFont(details.getFont().getSize2D() * 1.2f));
        printStatus.setName(PRINT_STATUS);
        booking.setName(BOOKING);
        booking.setFont(booking.getFont().deriveFont(Font.BOLD, booking.getFont().getSize2D() * 1.2f));
        GridBagConstraints r = new GridBagConstraints();
        r.gridx = 0;
        r.fill = GridBagConstraints.HORIZONTAL;
        r.weightx = 1;
        r.insets = new Insets(2, 8, 2, 8);
        result.add(number, r);
        result.add(details, r);
        result.add(booking, r);
        result.add(printStatus, r);
        result.setPreferredSize(new Dimension(460, 224));

        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.TRAILING, 8, 8));
        JButton issueButton = Widgets.named(new JButton(issue), ISSUE);
        buttons.add(Widgets.named(new JButton(next), NEXT));
        buttons.add(Widgets.named(new JButton(checkIn), CHECK_IN));
        buttons.add(issueButton);
        getRootPane().setDefaultButton(issueButton);

        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.PAGE_START);
        content.add(result, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);

        JComponent root = getRootPane();
        bindKey(root, readCard, "reception.readCard");
        bindKey(root, next, "reception.next");
        bindKey(root, checkIn, "reception.checkIn");
        Keys.bind(root, JComponent.WHEN_IN_FOCUSED_WINDOW, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "reception.close", () -> {
                    if (presenter.state().reading()) {
                        presenter.cancelRead();
                    } else {
                        dispose();
                    }
                });

        category.addActionListener(e -> {
            if (!showing && category.getSelectedItem() instanceof QueueCategory q) {
                presenter.selectCategory(q.code());
            }
        });
        documentType.addActionListener(e -> {
            if (!showing && documentType.getSelectedItem() instanceof DocumentType t) {
                presenter.setDocumentType(t);
            }
        });
        Forms.onTextChange(documentNumber, text -> {
            if (!showing) {
                presenter.setDocumentNumber(text);
            }
        });
        noPriority.addActionListener(e -> presenter.setPriority(null));
        presenter.addPropertyChangeListener(ReceptionPresenter.Property.STATE, e -> show(presenter.state()));
        show(presenter.state());
        pack();
        setMinimumSize(new Dimension(560, getHeight()));
        setLocationRelativeTo(owner);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                presenter.cancelRead();
            }
        });
    }

    private static void bindKey(JComponent root, javax.swing.Action action, String name) {
        KeyStroke key = (KeyStroke) action.getValue(javax.swing.Action.ACCELERATOR_KEY);
        if (key != null) {
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
            root.getActionMap().put(name, action);
        }
    }

    private void row(JPanel form, GridBagConstraints c, int y, String labelKey, JComponent field) {
        c.gridy = y;
        c.gridx = 0;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        form.add(new JLabel(messages.text(labelKey)), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
        c.fill = GridBagConstraints.NONE;
    }

    private void show(ReceptionState s) {
        showing = true;
        try {
            if (!s.categories().equals(currentCategories())) {
                category.removeAllItems();
                s.categories().forEach(category::addItem);
            }
            s.categories().stream().filter(q -> q.code().equals(s.categoryCode())).findFirst()
                    .ifPresent(q -> {
                        if (!Objects.equals(category.getSelectedItem(), q)) {
                            category.setSelectedItem(q);
                        }
                    });
            if (documentType.getSelectedItem() != s.documentType()) {
                documentType.setSelectedItem(s.documentType());
            }
            Forms.setTextIfDifferent(documentNumber, s.documentNumber());
            if (priorityButtons.size() != s.reasons().size() || !priorityButtons.stream().map(JComponent::getName)
                    .toList().equals(s.reasons().stream().map(ReceptionDialog::priorityName).toList())) {
                rebuildPriority(s.reasons());
            }
            noPriority.setSelected(s.priority() == null);
            for (int i = 0; i < priorityButtons.size(); i++) {
                priorityButtons.get(i).setSelected(s.reasons().get(i) == s.priority());
            }
            if (s.ticket() == null) {
                number.setText(" ");
                details.setText(s.reading() ? messages.text("reception.reading") : " ");
                printStatus.setText(" ");
                booking.setText(" ");
            } else {
                number.setText(s.ticket().number());
                String who = s.ticket().priority() == null ? "" : "　" + s.ticket().priority().label();
                details.setText(s.ticket().categoryName() + who + "　" + (s.ticket().peopleAhead() == 0
                        ? messages.text("reception.ahead.none")
                        : messages.text("reception.ahead", s.ticket().peopleAhead())));
                // a printer's reason can be long ("请在“打印队列”中选择…"): wrapped, never cut at the dialog's edge
                printStatus.setText(s.printStatus() == null ? " " : "<html><div style='text-align:center;width:"
                        + PRINT_STATUS_WIDTH + "px'>" + escape(s.printStatus()) + "</div></html>");
                booking.setText(s.checkIn() == null ? " " : messages.text("reception.checkIn.booked",
                        s.checkIn().name(), HOUR_MINUTE.format(s.checkIn().startsAt()),
                        HOUR_MINUTE.format(s.checkIn().endsAt())));
            }
            error.setText(s.error() == null ? " " : s.error());
            error.setIcon(s.error() == null ? null : Forms.errorIcon());
        } finally {
            showing = false;
        }
        // a refusal (no booking today, a ticket already taken, an unreadable number): the clerk corrects the number
        if (s.error() != null && !s.error().equals(shownError)) {
            documentNumber.requestFocusInWindow();
            documentNumber.selectAll();
        }
        shownError = s.error();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void rebuildPriority(List<PriorityReason> reasons) {
        priorityButtons.forEach(priorityGroup::remove);
        priorityButtons.clear();
        priorityBox.removeAll();
        priorityBox.add(noPriority);
        for (PriorityReason r : reasons) {
            JRadioButton b = Widgets.named(new JRadioButton(r.label()), priorityName(r));
            b.addActionListener(e -> presenter.setPriority(r));
            priorityGroup.add(b);
            priorityButtons.add(b);
            priorityBox.add(b);
        }
        priorityBox.revalidate();
    }

    private List<QueueCategory> currentCategories() {
        List<QueueCategory> out = new ArrayList<>();
        for (int i = 0; i < category.getItemCount(); i++) {
            out.add(category.getItemAt(i));
        }
        return out;
    }

    /** Puts the focus where the clerk starts: the document number (the category is usually the same). */
    public void focusStart() {
        documentNumber.requestFocusInWindow();
    }
}
