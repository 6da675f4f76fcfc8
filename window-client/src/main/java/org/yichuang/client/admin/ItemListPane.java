package org.yichuang.client.admin;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CatalogListing;

/** The searchable list of every item in force (事项清单), left of the editor. */
final class ItemListPane extends JPanel {
    static final String FILTER_FIELD = "admin.items.filter";
    static final String TABLE = "admin.items.table";
    static final String COUNT_LABEL = "admin.items.count";
    static final String NEW_BUTTON = "admin.items.new";

    private final Messages messages;
    private final ItemListPresenter list;
    private final Model model;
    private final JTable table;
    private final JLabel count = new JLabel();
    private boolean syncing;

    ItemListPane(Messages messages, CatalogAdminPresenter admin, NewItemAction newItem) {
        super(new BorderLayout(0, 8));
        this.messages = messages;
        this.list = admin.list();
        this.model = new Model(messages, list);
        this.table = new JTable(model);
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 8));

        JTextField filter = new JTextField();
        filter.setName(FILTER_FIELD);
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("admin.items.filter"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        Forms.onTextChange(filter, list::setFilter);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        int[] widths = {210, 90, 130, 60, 44};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        count.setName(COUNT_LABEL);
        Forms.styled(count, "small");
        count.setForeground(Forms.color("Yichuang.muted.foreground"));
        JButton create = new JButton(newItem);
        create.setName(NEW_BUTTON);

        JPanel top = new JPanel(new BorderLayout(8, 8));
        top.add(Forms.styled(Forms.label(messages.text("admin.items.title"), filter), "h3"), BorderLayout.LINE_START);
        top.add(create, BorderLayout.LINE_END);
        top.add(filter, BorderLayout.PAGE_END);
        add(top, BorderLayout.PAGE_START);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(count, BorderLayout.PAGE_END);

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing && table.getSelectedRow() >= 0) {
                admin.openItem(model.row(table.getSelectedRow()).implementationCode());
            }
        });
        list.addPropertyChangeListener(e -> {
            switch (ItemListPresenter.Property.valueOf(e.getPropertyName())) {
                case VISIBLE_ITEMS -> {
                    syncing = true;
                    try {
                        model.setRows(list.visibleItems());
                    } finally {
                        syncing = false;
                    }
                    showSelection();
                    showCount();
                }
                case SELECTED_CODE -> showSelection();
                case LOADING -> showCount();
                default -> { }
            }
        });
        showCount();
    }

    private void showSelection() {
        syncing = true;
        try {
            int index = model.indexOf(list.selectedCode());
            if (index < 0) {
                table.clearSelection();
            } else if (table.getSelectedRow() != index) {
                table.setRowSelectionInterval(index, index);
                table.scrollRectToVisible(table.getCellRect(index, 0, true));
            }
        } finally {
            syncing = false;
        }
    }

    private void showCount() {
        count.setText(list.isLoading() ? messages.text("admin.items.loading")
                : messages.text("admin.items.count", list.visibleItems().size(), list.items().size()));
    }

    /** Columns 事项名称, 实施编码, 实施主体, 办件类型, 版本. */
    private static final class Model extends ColumnTableModel {
        private final Messages messages;
        private final ItemListPresenter list;
        private List<CatalogListing> rows = List.of();

        Model(Messages messages, ItemListPresenter list) {
            this.messages = messages;
            this.list = list;
            columns(messages.text("admin.items.column.name"),
                messages.text("admin.items.column.code"), messages.text("admin.items.column.department"),
                messages.text("admin.items.column.kind"), messages.text("admin.items.column.version"));
        }

        void setRows(List<CatalogListing> value) {
            rows = value;
            fireTableDataChanged();
        }

        CatalogListing row(int index) {
            return rows.get(index);
        }

        int indexOf(String code) {
            for (int i = 0; i < rows.size(); i++) {
                if (Objects.equals(rows.get(i).implementationCode(), code)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public Object getValueAt(int row, int column) {
            CatalogListing item = rows.get(row);
            return switch (column) {
                case 0 -> item.name();
                case 1 -> item.implementationCode();
                case 2 -> item.department();
                case 3 -> item.caseKind() == null ? "" : messages.text("caseKind." + item.caseKind().name());
                default -> switch (item.stateAt(Instant.now())) {
                    case IN_FORCE -> messages.text("admin.version", item.version());
                    case WAITING -> messages.text("admin.version", item.version()) + " · "
                            + messages.text("admin.versionState.PENDING");
                    case WITHDRAWN -> messages.text("admin.version", item.version()) + " · "
                            + messages.text("admin.versionState.WITHDRAWN");
                };
            };
        }
    }
}
