package org.yichuang.client.cases;

import org.yichuang.core.supervision.AlertLevel;
import java.util.List;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.core.api.CaseListRow;

/** The case list's columns: 办件编号, 事项, 申请人, 状态, 收件日期, 承诺办结日, 剩余工作日, 红黄牌 (+ 窗口, 经办人). */
final class CaseTableModel extends ColumnTableModel {
    static final int CASE_NO = 0;
    static final int ITEM = 1;
    static final int APPLICANT = 2;
    static final int STATE = 3;
    static final int RECEIVED = 4;
    static final int DUE = 5;
    static final int REMAINING = 6;
    static final int CARD = 7;
    static final int COUNTER = 8;
    static final int STAFF = 9;

    private final CaseTexts texts;
    private List<CaseListRow> rows = List.of();

    CaseTableModel(CaseTexts texts, boolean supervisor) {
        this.texts = texts;
        var m = texts.messages();
        String[] base = {m.text("cases.column.caseNo"), m.text("cases.column.item"), m.text("cases.column.applicant"),
            m.text("cases.column.state"), m.text("cases.column.received"), m.text("cases.column.due"),
            m.text("cases.column.remaining"), m.text("cases.column.card")};
        if (supervisor) {
            columns(java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                    java.util.stream.Stream.of(m.text("cases.column.counter"), m.text("cases.column.staff")))
                    .toArray(String[]::new));
        } else {
            columns(base);
        }
    }

    void setRows(List<CaseListRow> value) {
        rows = value;
        fireTableDataChanged();
    }

    CaseListRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == CARD ? AlertLevel.class : String.class;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        CaseListRow r = rows.get(rowIndex);
        return switch (column) {
            case CASE_NO -> r.caseNo();
            case ITEM -> r.itemName();
            case APPLICANT -> r.applicantName();
            case STATE -> texts.state(r.state());
            case RECEIVED -> texts.date(r.receivedAt());
            case DUE -> texts.dueDate(r.promisedDue())
                    + (r.deadlineMoved() ? " " + texts.messages().text("cases.due.moved.mark") : "");
            case REMAINING -> texts.remaining(r.remainingWorkingDays());
            case CARD -> r.alertLevel() == null ? AlertLevel.NONE : r.alertLevel();
            case COUNTER -> Integer.toString(r.counterNo());
            case STAFF -> r.staffName() == null ? "" : r.staffName();
            default -> "";
        };
    }
}
