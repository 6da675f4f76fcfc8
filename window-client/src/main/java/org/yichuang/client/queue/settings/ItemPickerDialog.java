package org.yichuang.client.queue.settings;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.admin.widgets.Keys;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CatalogListing;

/**
 * The item picker of a queue category (选择事项): the catalog's items by name and implementation code, searched as
 * typed; ticked items are the category's served items. Codes already served that the catalog no longer lists stay
 * chosen (they show at the top, unticking removes them). OK hands the codes back; Esc cancels.
 */
final class ItemPickerDialog extends JDialog {
    static final String NAME = "queue.settings.items";
    static final String FILTER = "queue.settings.items.filter";
    static final String TABLE = "queue.settings.items.table";
    static final String CHOSEN = "queue.settings.items.chosen";
    static final String OK = "queue.settings.items.ok";

    private final Messages messages;
    private final ItemCatalog catalog;
    private final Set<String> chosen;
    private final Rows rows = new Rows();
    private final JLabel count = new JLabel(" ");

    ItemPickerDialog(Window owner, Messages messages, ItemCatalog catalog, String categoryName, List<String> served,
            Consumer<List<String>> done) {
        super(owner, messages.text("queue.settings.items.title", categoryName), ModalityType.APPLICATION_MODAL);
        this.messages = messages;
        this.catalog = catalog;
        this.chosen = new LinkedHashSet<>(served);
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        JTextField filter = Widgets.named(new JTextField(28), FILTER);
        filter.putClientProperty("JTextField.placeholderText", messages.text("queue.settings.items.filter"));
        JTable table = Widgets.named(new JTable(rows), TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.getColumnModel().getColumn(0).setMaxWidth(40);
        table.getColumnModel().getColumn(1).setPreferredWidth(330);
        // a 实施编码 has 31 characters: its column takes them whole
        table.getColumnModel().getColumn(2).setPreferredWidth(table.getFontMetrics(table.getFont())
                .stringWidth("11450128MB1603620P4000707021001") + 24);
        // Space ticks the selected row, as in the other checklists of the client
        Keys.bind(table, JComponent.WHEN_FOCUSED, KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "items.toggle",
                () -> {
                    int r = table.getSelectedRow();
                    if (r >= 0) {
                        rows.setValueAt(!(Boolean) rows.getValueAt(r, 0), r, 0);
                    }
                });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(40 + 330 + table.getColumnModel().getColumn(2).getPreferredWidth() + 24,
                320));

        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.add(filter, BorderLayout.CENTER);
        top.add(Widgets.named(count, CHOSEN), BorderLayout.LINE_END);
        Forms.styled(count, "small");

        JButton ok = Widgets.named(new JButton(messages.text("queue.settings.items.ok")), OK);
        ok.addActionListener(e -> {
            dispose();
            done.accept(List.copyOf(chosen));
        });
        JButton cancel = new JButton(messages.text("queue.settings.items.cancel"));
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(ok);
        buttons.add(cancel);

        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        content.add(top, BorderLayout.PAGE_START);
        content.add(scroll, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        Keys.bind(getRootPane(), JComponent.WHEN_IN_FOCUSED_WINDOW, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "items.cancel", this::dispose);

        Forms.onTextChange(filter, this::search);
        search("");
        pack();
        setLocationRelativeTo(owner);
    }

    private void search(String query) {
        List<Row> shown = new ArrayList<>();
        List<CatalogListing> found = catalog.search(query == null ? "" : query);
        Set<String> listed = new LinkedHashSet<>();
        found.forEach(i -> listed.add(i.implementationCode()));
        if (query == null || query.isBlank()) {
            // served codes the catalog does not list: shown so they can be removed, never silently kept or dropped
            List<String> all = catalog.search("").stream().map(CatalogListing::implementationCode).toList();
            chosen.stream().filter(code -> !all.contains(code)).forEach(code -> shown.add(new Row(code, "?")));
        }
        found.forEach(i -> shown.add(new Row(i.implementationCode(), i.name())));
        rows.set(shown);
        showCount();
    }

    private void showCount() {
        count.setText(messages.text("queue.settings.items.chosen", chosen.size()));
    }

    private record Row(String code, String name) {
    }

    private final class Rows extends AbstractTableModel {
        private List<Row> shown = List.of();

        void set(List<Row> value) {
            shown = List.copyOf(value);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return shown.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> "";
                case 1 -> messages.text("queue.settings.items.name");
                default -> messages.text("queue.settings.items.code");
            };
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Row r = shown.get(row);
            return switch (column) {
                case 0 -> chosen.contains(r.code());
                case 1 -> r.name();
                default -> r.code();
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            String code = shown.get(row).code();
            if (Boolean.TRUE.equals(value)) {
                chosen.add(code);
            } else {
                chosen.remove(code);
            }
            fireTableCellUpdated(row, 0);
            showCount();
        }
    }
}
