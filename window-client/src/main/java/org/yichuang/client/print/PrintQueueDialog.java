package org.yichuang.client.print;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/**
 * The print queue (打印队列): every paper that did not print, with its printer and the printer's own reason; retry
 * one or all, discard one, or choose the counter's A4 and 80 mm printers (waiting jobs follow the choice).
 */
public final class PrintQueueDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "printQueue";
    public static final String TABLE = "printQueue.table";
    public static final String RETRY_BUTTON = "printQueue.retry";
    public static final String RETRY_ALL_BUTTON = "printQueue.retryAll";
    public static final String DISCARD_BUTTON = "printQueue.discard";
    public static final String A4_PRINTER_BUTTON = "printQueue.a4Printer";
    public static final String RECEIPT_PRINTER_BUTTON = "printQueue.receiptPrinter";
    public static final String STATUS_LABEL = "printQueue.status";
    public static final String EMPTY_LABEL = "printQueue.empty";
    public static final String PRINTERS_LABEL = "printQueue.printers";
    public static final String DETAIL_LABEL = "printQueue.detail";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final PrintQueuePresenter presenter;
    private final JobsModel model;
    private final JTable table;
    private final JLabel status = new JLabel(" ");
    private final JLabel empty;
    private final JLabel printerNames = new JLabel();
    private final JLabel detail = new JLabel(" ");
    private final Messages messages;
    private boolean updating;

    /** Builds the dialog; call {@link PrintQueuePresenter#refresh()} after showing. */
    public PrintQueueDialog(Window owner, Messages messages, PrintQueuePresenter presenter) {
        super(owner, messages.text("print.queue.title"), ModalityType.MODELESS);
        this.presenter = presenter;
        this.messages = messages;
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                presenter.dispose();
            }
        });
        model = new JobsModel(messages);
        table = new JTable(model);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        // the case number is long (37 characters) and the reason is what the clerk acts on: both get the room
        int[] widths = {330, 130, 60, 130, 380, 40, 110};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                presenter.select(table.getSelectedRow());
            }
        });

        JPanel printers = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 4));
        printers.add(button(new ChooseA4PrinterAction(messages, presenter), A4_PRINTER_BUTTON));
        printers.add(button(new ChooseReceiptPrinterAction(messages, presenter), RECEIPT_PRINTER_BUTTON));
        printerNames.setName(PRINTERS_LABEL);
        printers.add(printerNames);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 4));
        buttons.add(button(new RetryPrintJobAction(messages, presenter), RETRY_BUTTON));
        buttons.add(button(new RetryAllPrintJobsAction(messages, presenter), RETRY_ALL_BUTTON));
        buttons.add(button(new DiscardPrintJobAction(messages, presenter), DISCARD_BUTTON));

        status.setName(STATUS_LABEL);
        Forms.styled(status, "small");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        detail.setName(DETAIL_LABEL);
        detail.setBorder(BorderFactory.createEmptyBorder(6, 10, 2, 10));
        empty = new JLabel(messages.text("print.queue.empty"));
        empty.setName(EMPTY_LABEL);
        empty.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));

        JPanel south = new JPanel(new BorderLayout());
        south.add(detail, BorderLayout.PAGE_START);
        south.add(status, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.LINE_END);
        JLabel hint = Forms.styled(new JLabel(messages.text("print.queue.hint")), "small");
        hint.setBorder(BorderFactory.createEmptyBorder(0, 10, 4, 10));
        south.add(hint, BorderLayout.PAGE_END);
        JPanel north = new JPanel(new BorderLayout());
        north.add(printers, BorderLayout.PAGE_START);
        north.add(empty, BorderLayout.PAGE_END);
        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        content.add(north, BorderLayout.PAGE_START);
        content.add(new JScrollPane(table), BorderLayout.CENTER);
        content.add(south, BorderLayout.PAGE_END);
        setContentPane(content);
        content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "close");
        content.getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
        presenter.addPropertyChangeListener(e -> show(presenter.state()));
        show(presenter.state());
        setSize(1240, 500);
        setLocationRelativeTo(owner);
    }

    /** Returns the dialog's state holder (tests read it). */
    public PrintQueuePresenter presenter() {
        return presenter;
    }

    private void show(PrintQueuePresenter.State state) {
        updating = true;
        try {
            model.setJobs(state.jobs());
            if (state.selected() >= 0 && state.selected() < table.getRowCount()) {
                table.setRowSelectionInterval(state.selected(), state.selected());
            } else {
                table.clearSelection();
            }
        } finally {
            updating = false;
        }
        empty.setVisible(state.jobs().isEmpty());
        printerNames.setText(messages.text("print.queue.printers",
                state.a4Printer() == null ? messages.text("print.queue.printer.default") : state.a4Printer(),
                state.receiptPrinter() == null ? messages.text("print.queue.printer.none") : state.receiptPrinter()));
        PrintJob selected = state.selectedJob();
        // the full reason, wrapped: the table cell cuts it, and it says what to do
        detail.setText(selected == null || selected.problem() == null ? " "
                : "<html><b>" + escape(selected.title()) + "</b>：" + escape(selected.problem()) + "</html>");
        status.setText(state.status() == null ? " " : state.status());
    }

    /** CUPS' messages are the administrator's free text; as HTML a "<" would swallow the rest. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        return b;
    }

    /** The waiting jobs, one row each. */
    private static final class JobsModel extends ColumnTableModel {
        private List<PrintJob> jobs = List.of();

        JobsModel(Messages messages) {
            columns(messages.text("print.queue.column.case"), messages.text("print.queue.column.document"),
                    messages.text("print.queue.column.paper"), messages.text("print.queue.column.printer"),
                    messages.text("print.queue.column.problem"), messages.text("print.queue.column.attempts"),
                    messages.text("print.queue.column.lastTried"));
        }

        void setJobs(List<PrintJob> next) {
            if (!next.equals(jobs)) {
                jobs = next;
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return jobs.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            PrintJob j = jobs.get(row);
            return switch (column) {
                case 0 -> j.caseNo();
                case 1 -> j.copy() ? j.title() + "（副本）" : j.title();
                case 2 -> j.paper().label();
                case 3 -> j.printer().isBlank() ? "—" : j.printer();
                case 4 -> j.problem() == null ? "" : j.problem();
                case 5 -> j.attempts();
                default -> j.lastTriedAt() == null ? "" : TIME.format(j.lastTriedAt());
            };
        }
    }
}
