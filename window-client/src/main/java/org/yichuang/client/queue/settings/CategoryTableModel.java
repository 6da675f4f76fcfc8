package org.yichuang.client.queue.settings;

import java.util.Arrays;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.queue.DailyCap;
import org.yichuang.core.queue.QueueCategory;

/**
 * The categories (业务类别) as table rows; an edit becomes a new category handed to the presenter. The cap and its
 * warning count are editable only where the category offers booking (RULES.md §8.1: no cap without booking).
 */
final class CategoryTableModel extends AbstractTableModel {
    static final int CODE = 0;
    static final int NAME = 1;
    static final int PREFIX = 2;
    static final int ITEMS = 3;
    static final int WINDOWS = 4;
    static final int BOOKING = 5;
    static final int CAP = 6;
    static final int WARN = 7;
    static final int ACTIVE = 8;
    /** The field of each column in core's violation paths ({@code categories[i].<field>}). */
    static final List<String> FIELDS = List.of("code", "name", "prefix", "itemCodes", "windows", "bookingOffered",
            "cap.limit", "cap.warnAt", "active");

    private final QueueSettingsPresenter presenter;
    private final String[] names;
    private List<QueueCategory> rows = List.of();

    CategoryTableModel(Messages messages, QueueSettingsPresenter presenter) {
        this.presenter = presenter;
        this.names = Arrays.stream(new String[] {"code", "name", "prefix", "items", "windows", "booking", "cap",
                "warn", "active"}).map(k -> messages.text("queue.settings.category." + k)).toArray(String[]::new);
    }

    void setRows(List<QueueCategory> value) {
        if (!value.equals(rows)) {
            rows = value;
            fireTableDataChanged();
        }
    }

    QueueCategory row(int index) {
        return rows.get(index);
    }

    List<QueueCategory> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return names.length;
    }

    @Override
    public String getColumnName(int column) {
        return names[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == BOOKING || column == ACTIVE ? Boolean.class : String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column != CAP && column != WARN || rows.get(row).bookingOffered();
    }

    @Override
    public Object getValueAt(int row, int column) {
        QueueCategory c = rows.get(row);
        return switch (column) {
            case CODE -> c.code();
            case NAME -> c.name();
            case PREFIX -> String.valueOf(c.prefix());
            case ITEMS -> String.join("，", c.itemCodes());
            case WINDOWS -> WindowsText.format(c.windows());
            case BOOKING -> c.bookingOffered();
            case CAP -> c.cap() == null ? "" : String.valueOf(c.cap().limit());
            case WARN -> c.cap() == null ? "" : String.valueOf(c.cap().warnAt());
            case ACTIVE -> c.active();
            default -> null;
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        QueueCategory c = rows.get(row);
        String text = value instanceof String s ? s.strip() : "";
        switch (column) {
            case CODE -> presenter.setCategory(row, copy(c, text.toUpperCase(java.util.Locale.ROOT), c.name(),
                    c.prefix(), c.itemCodes(), c.windows(), c.bookingOffered(), c.active()));
            case NAME -> presenter.setCategory(row, copy(c, c.code(), text, c.prefix(), c.itemCodes(), c.windows(),
                    c.bookingOffered(), c.active()));
            case PREFIX -> presenter.setCategory(row, copy(c, c.code(), c.name(),
                    text.isEmpty() ? ' ' : Character.toUpperCase(text.charAt(0)), c.itemCodes(), c.windows(),
                    c.bookingOffered(), c.active()));
            case ITEMS -> presenter.setCategory(row, copy(c, c.code(), c.name(), c.prefix(), text.isEmpty()
                    ? List.of() : List.of(text.split("[,，;；、\\s]+")), c.windows(), c.bookingOffered(), c.active()));
            case WINDOWS -> WindowsText.parse(text).ifPresentOrElse(w -> presenter.setCategory(row, copy(c, c.code(),
                    c.name(), c.prefix(), c.itemCodes(), w, c.bookingOffered(), c.active())),
                    () -> presenter.refuseInput("queue.settings.windows.unreadable", text));
            case BOOKING -> presenter.setCategory(row, copy(c, c.code(), c.name(), c.prefix(), c.itemCodes(),
                    c.windows(), Boolean.TRUE.equals(value), c.active()));
            case ACTIVE -> presenter.setCategory(row, copy(c, c.code(), c.name(), c.prefix(), c.itemCodes(),
                    c.windows(), c.bookingOffered(), Boolean.TRUE.equals(value)));
            case CAP -> {
                if (text.isEmpty()) {
                    presenter.setCap(row, null);
                } else {
                    number(text).ifPresent(limit -> presenter.setCap(row, new DailyCap(limit,
                            c.cap() == null ? Math.max(1, limit * 9 / 10) : c.cap().warnAt())));
                }
            }
            case WARN -> number(text).ifPresent(warn -> {
                if (c.cap() != null) {
                    presenter.setCap(row, new DailyCap(c.cap().limit(), warn));
                }
            });
            default -> { }
        }
    }

    private java.util.Optional<Integer> number(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            presenter.refuseInput("queue.settings.number.unreadable", text);
            return java.util.Optional.empty();
        }
    }

    private static QueueCategory copy(QueueCategory c, String code, String name, char prefix, List<String> items,
            List<org.yichuang.core.queue.IssuingWindow> windows, boolean booking, boolean active) {
        return new QueueCategory(code, name, prefix, items, windows, c.cap(), booking, active);
    }
}
