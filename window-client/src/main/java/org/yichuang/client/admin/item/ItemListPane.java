package org.yichuang.client.admin.item;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.KeyEvent;
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
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import org.yichuang.client.admin.item.actions.NewItemAction;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.Keys;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CatalogListing;

/** The searchable list of every item in force (事项清单), left of the editor. */
public final class ItemListPane extends JPanel {
    public static final String FILTER_FIELD = "admin.items.filter";
    public static final String TABLE = "admin.items.table";
    public static final String COUNT_LABEL = "admin.items.count";
    public static final String NEW_BUTTON = "admin.items.new";
    public static final String EMPTY_LABEL = "admin.items.empty";
    /** Column order: what the administrator reads first; the 31-character code last, as it is the widest. */
    public static final int COLUMN_NAME = 0;
    public static final int COLUMN_DEPARTMENT = 1;
    public static final int COLUMN_KIND = 2;
    public static final int COLUMN_VERSION = 3;
    public static final int COLUMN_CODE = 4;

    private final Messages messages;
    private final ItemListPresenter list;
    private final Model model;
    private final FittedTable table;
    private final JLabel count = new JLabel();
    private final JTextField filter = new JTextField();
    private final JLabel empty = new JLabel("", SwingConstants.CENTER);
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final ItemNavigator navigator;
    private boolean syncing;
    private boolean fitPending;

    public ItemListPane(Messages messages, ItemListPresenter list, ItemNavigator navigator, NewItemAction newItem) {
        super(new BorderLayout(0, 8));
        this.messages = messages;
        this.list = list;
        this.navigator = navigator;
        this.model = new Model(messages, list);
        this.table = new FittedTable(model, 160, 90, 56, 48, 120);
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 8));

        filter.setName(FILTER_FIELD);
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("admin.items.filter"));
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        Forms.onTextChange(filter, list::setFilter);
        table.setName(TABLE);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(Math.max(table.getRowHeight(), 26));
        table.setFillsViewportHeight(true);
        keys();
        empty.setName(EMPTY_LABEL);
        empty.setForeground(Forms.color("Yichuang.muted.foreground"));
        empty.setVerticalAlignment(SwingConstants.TOP);
        empty.setBorder(BorderFactory.createEmptyBorder(24, 8, 8, 8));
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
        center.add(new JScrollPane(table), "table");
        center.add(empty, "empty");
        add(center, BorderLayout.CENTER);
        add(count, BorderLayout.PAGE_END);

        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing && table.getSelectedRow() >= 0) {
                navigator.openItem(model.row(table.getSelectedRow()).implementationCode());
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
                    if (fitPending) {
                        fitPending = false;
                        table.fitColumns(true);   // a new catalog: measure it once, deep
                    }
                    showSelection();
                    showCount();
                    showEmptyState();
                }
                case ITEMS -> fitPending = true;
                case FILTER -> showEmptyState();
                case SELECTED_CODE -> showSelection();
                case LOADING -> showCount();
                default -> { }
            }
        });
        showCount();
    }

    /**
     * Down from the filter goes into the list (choosing the next row opens it, as a click does); Enter opens the
     * chosen item, or the only one left; Escape in the list goes back to the filter.
     */
    private void keys() {
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "admin.items.down");
        filter.getActionMap().put("admin.items.down", Keys.action(() -> {
            if (table.getRowCount() > 0) {
                int next = Math.min(table.getSelectedRow() + 1, table.getRowCount() - 1);
                table.setRowSelectionInterval(next, next);
                table.scrollRectToVisible(table.getCellRect(next, 0, true));
                table.requestFocusInWindow();
            }
        }));
        filter.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "admin.items.open");
        filter.getActionMap().put("admin.items.open", Keys.action(this::openChosen));
        Keys.bind(filter, WHEN_FOCUSED, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "admin.items.clear",
                () -> filter.setText(""));
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0),
                "admin.items.open");
        table.getActionMap().put("admin.items.open", Keys.action(this::openChosen));
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "admin.items.filter");
        table.getActionMap().put("admin.items.filter", Keys.action(filter::requestFocusInWindow));
    }

    /** Opens the selected item, or the only one the filter left; the editor takes the keyboard. */
    private void openChosen() {
        int row = table.getSelectedRow();
        if (row < 0 && table.getRowCount() == 1) {
            row = 0;
        }
        if (row < 0) {
            return;
        }
        String code = model.row(row).implementationCode();
        if (!code.equals(list.selectedCode())) {
            navigator.openItem(code);
        }
        table.requestFocusInWindow();
    }

    /** Returns the width that shows every column of the list without scrolling sideways. */
    public int wantedWidth() {
        java.awt.Insets pad = getInsets();
        return table.getColumnModel().getTotalColumnWidth() + pad.left + pad.right
                + javax.swing.UIManager.getInt("ScrollBar.width") + 4;
    }

    private void showEmptyState() {
        boolean none = list.isFilteredEmpty();
        if (none) {
            String typed = list.filter().strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            empty.setText("<html><div style='text-align:center'>" + messages.text("admin.items.empty", typed)
                    + "<br><br>" + messages.text("admin.items.empty.hint") + "</div></html>");
        }
        cards.show(center, none ? "empty" : "table");
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

    /** Columns 事项名称, 实施主体, 办件类型, 版本, 实施编码. */
    private static final class Model extends ColumnTableModel {
        private final Messages messages;
        private final ItemListPresenter list;
        private List<CatalogListing> rows = List.of();

        Model(Messages messages, ItemListPresenter list) {
            this.messages = messages;
            this.list = list;
            columns(messages.text("admin.items.column.name"), messages.text("admin.items.column.department"),
                messages.text("admin.items.column.kind"), messages.text("admin.items.column.version"),
                messages.text("admin.items.column.code"));
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
                case COLUMN_NAME -> item.name();
                case COLUMN_DEPARTMENT -> item.department();
                case COLUMN_KIND -> item.caseKind() == null ? "" : messages.text("caseKind." + item.caseKind().name());
                case COLUMN_CODE -> item.implementationCode();
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
