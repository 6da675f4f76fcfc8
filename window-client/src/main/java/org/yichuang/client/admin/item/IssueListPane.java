package org.yichuang.client.admin.item;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.yichuang.client.admin.widgets.Keys;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/** The list of what still breaks a rule (待修改项), under the tabs; choosing one shows its tab. */
public final class IssueListPane extends JPanel {
    public static final String LIST = "admin.issues.list";
    public static final String SUMMARY_LABEL = "admin.issues.summary";

    private final Messages messages;
    private final ItemEditorPresenter presenter;
    private final DefaultListModel<FieldIssue> model = new DefaultListModel<>();
    private final JList<FieldIssue> list = new JList<>(model);
    private final JLabel summary = new JLabel();
    private final JScrollPane scroll = new JScrollPane(list);

    /** {@code notice} (the editor's last outcome, e.g. why Ctrl+S did not save) shows after the summary. */
    IssueListPane(Messages messages, ItemEditorPresenter presenter, Consumer<FieldIssue> reveal, JLabel notice) {
        super(new BorderLayout(0, 2));
        this.messages = messages;
        this.presenter = presenter;
        setBorder(BorderFactory.createEmptyBorder(4, 16, 2, 16));
        list.setName(LIST);
        summary.setName(SUMMARY_LABEL);
        Forms.styled(summary, "semibold");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(2);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                    boolean focus) {
                FieldIssue issue = (FieldIssue) value;
                String where = presenter.labels().describe(issue.field());
                String text = messages.text(issue.fromServer() ? "admin.issue.server" : "admin.issue", where,
                        issue.message());
                Component c = super.getListCellRendererComponent(l, text, index, selected, focus);
                if (!selected) {
                    c.setForeground(Forms.color("Yichuang.error.foreground"));
                }
                return c;
            }
        });
        // a click or Enter goes to the field; moving through the list with the arrows does not take the focus away
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int at = list.locationToIndex(e.getPoint());
                if (at >= 0 && list.getCellBounds(at, at).contains(e.getPoint())) {
                    reveal.accept(model.get(at));
                }
            }
        });
        Keys.bind(list, WHEN_FOCUSED, javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ENTER, 0),
                "admin.issues.reveal", () -> {
                    if (list.getSelectedValue() != null) {
                        reveal.accept(list.getSelectedValue());
                    }
                });
        JPanel top = new JPanel(new BorderLayout(16, 0));
        top.add(summary, BorderLayout.LINE_START);
        top.add(notice, BorderLayout.CENTER);
        add(top, BorderLayout.PAGE_START);
        add(scroll, BorderLayout.CENTER);
        presenter.addPropertyChangeListener(ItemEditorPresenter.Property.ISSUES, e -> refresh());
        refresh();
    }

    private void refresh() {
        model.clear();
        presenter.issues().forEach(model::addElement);
        boolean none = model.isEmpty();
        summary.setText(none ? messages.text("admin.issues.none") : messages.text("admin.issues.count", model.size()));
        summary.setForeground(Forms.color(none ? "Yichuang.success.foreground" : "Yichuang.error.foreground"));
        // as many lines as there are problems, at most three: the rest scrolls, the tabs above keep their room
        list.setVisibleRowCount(Math.max(1, Math.min(3, model.size())));
        scroll.setVisible(!none);
        revalidate();
    }
}
