package org.yichuang.client.admin.transfer;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.Comparator;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.WindowConstants;
import javax.swing.table.TableRowSorter;
import org.yichuang.client.admin.widgets.FittedTable;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.ColumnTableModel;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.error.Problem;

/**
 * Every problem of a refused import (导入错误清单) in a sortable table 工作表 / 行 / 列 / 字段 / 问题, saying clearly that
 * nothing was imported, with 复制全部 for e-mail.
 */
public final class ImportProblemsDialog extends JDialog {
    public static final String NAME = "admin.problems.dialog";
    public static final String TABLE = "admin.problems.table";
    public static final String SUMMARY_LABEL = "admin.problems.summary";
    public static final String COPY_BUTTON = "admin.problems.copy";
    public static final String CLOSE_BUTTON = "admin.problems.close";

    public ImportProblemsDialog(Window owner, Messages messages, List<Problem> problems, String file,
            CopyProblemsAction copy) {
        super(owner, messages.text("admin.problems.title"), ModalityType.MODELESS);
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        JLabel headline = Forms.styled(new JLabel(messages.text("admin.problems.headline")), "h3");
        headline.setForeground(Forms.color("Yichuang.error.foreground"));
        JLabel summary = Widgets.named(new JLabel(messages.text("admin.problems.summary", file,
                problems.size())), SUMMARY_LABEL);
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(headline, BorderLayout.PAGE_START);
        top.add(summary, BorderLayout.CENTER);
        top.setBorder(BorderFactory.createEmptyBorder(0, 0, 10, 0));

        Model model = new Model(messages, problems);
        JTable table = Widgets.named(new FittedTable(model, 90, 50, 40, 190, 520), TABLE);
        TableRowSorter<Model> sorter = new TableRowSorter<>(model);
        // rows and columns sort as the spreadsheet counts (9 before 10, Z before AA), not as text
        sorter.setComparator(1, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
        sorter.setComparator(2, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        table.setRowSorter(sorter);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setFillsViewportHeight(true);

        JButton copyButton = Widgets.named(new JButton(copy), COPY_BUTTON);
        JButton close = Widgets.named(new JButton(messages.text("admin.problems.close")), CLOSE_BUTTON);
        close.addActionListener(e -> dispose());
        close.putClientProperty(FlatClientProperties.BUTTON_TYPE, null);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(copyButton);
        buttons.add(close);
        buttons.setBorder(BorderFactory.createEmptyBorder(10, 0, 0, 0));

        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
        content.add(top, BorderLayout.PAGE_START);
        content.add(new JScrollPane(table), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().setDefaultButton(close);
        setSize(960, 520);
        setLocationRelativeTo(owner);
    }

    private static final class Model extends ColumnTableModel {
        private final List<Problem> rows;

        Model(Messages messages, List<Problem> rows) {
            this.rows = rows;
            columns(messages.text("admin.problems.column.sheet"),
                messages.text("admin.problems.column.row"), messages.text("admin.problems.column.column"),
                messages.text("admin.problems.column.field"), messages.text("admin.problems.column.message"));
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 1 ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Problem p = rows.get(row);
            return switch (column) {
                case 0 -> p.sheet() == null ? "" : p.sheet();
                case 1 -> p.row();
                case 2 -> p.column() == null ? "" : p.column();
                case 3 -> p.field() == null ? "" : p.field();
                default -> p.message();
            };
        }
    }
}
