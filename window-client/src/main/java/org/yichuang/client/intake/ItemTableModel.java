package org.yichuang.client.intake;

import java.util.List;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.catalog.TimeLimit;

/** The entry list's columns: name, department, case kind and promised limit; bundles say what they hold. */
final class ItemTableModel extends ColumnTableModel {
    private final Messages messages;
    private List<CatalogEntry> rows = List.of();

    ItemTableModel(Messages messages) {
        this.messages = messages;
        columns(messages.text("intake.column.name"), messages.text("intake.column.department"),
            messages.text("intake.column.kind"), messages.text("intake.column.limit"));
    }

    void setRows(List<CatalogEntry> value) {
        rows = value;
        fireTableDataChanged();
    }

    CatalogEntry row(int index) {
        return rows.get(index);
    }

    int indexOf(CatalogEntry entry) {
        return rows.indexOf(entry);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Object getValueAt(int rowIndex, int columnIndex) {
        CatalogEntry entry = rows.get(rowIndex);
        if (entry.isBundle()) {
            return switch (columnIndex) {
                case 0 -> entry.name();
                case 1 -> messages.text("intake.bundle.members",
                        entry.members().stream().map(ServiceItemSummary::department).distinct().count());
                case 2 -> messages.text("intake.bundle.tag");
                default -> messages.text("intake.bundle.limit");
            };
        }
        ServiceItemSummary item = entry.item();
        return switch (columnIndex) {
            case 0 -> item.name();
            case 1 -> item.department();
            case 2 -> item.caseKind() == null ? "" : messages.text("caseKind." + item.caseKind().name());
            default -> limitText(messages, item.promisedLimit());
        };
    }

    static String limitText(Messages messages, TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        return limit.value() == 0 ? messages.text("limit.onTheSpot")
                : messages.text("limitUnit." + limit.unit().name(), limit.value());
    }
}
