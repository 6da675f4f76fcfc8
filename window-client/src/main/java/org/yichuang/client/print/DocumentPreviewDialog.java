package org.yichuang.client.print;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.notice.Paper;

/**
 * The documents preview (文书预览): the case's documents on the left, the chosen one's pages (the server's PDF drawn
 * by PDFBox) on the right, with print, print all, 副本, save and the print queue. Esc closes it.
 */
public final class DocumentPreviewDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "documents.preview";
    public static final String DOCUMENT_LIST = "documents.list";
    public static final String PAPER_COMBO = "documents.paper";
    public static final String PAGE_LABEL = "documents.page";
    public static final String PRINT_BUTTON = "documents.print";
    public static final String PRINT_ALL_BUTTON = "documents.printAll";
    public static final String PRINT_COPY_BUTTON = "documents.printCopy";
    public static final String SAVE_BUTTON = "documents.save";
    public static final String QUEUE_BUTTON = "documents.queue";
    public static final String STATUS_LABEL = "documents.status";

    private static final float ZOOM = 1.25f;

    private final Messages messages;
    private final DocumentPreviewPresenter presenter;
    private final BackgroundTasks tasks;
    private final DefaultListModel<CaseDocumentView> listModel = new DefaultListModel<>();
    private final JList<CaseDocumentView> list = new JList<>(listModel);
    private final JComboBox<Paper> paper = new JComboBox<>();
    private final JPanel pages = new JPanel();
    private final JLabel status = new JLabel(" ");
    private BackgroundTasks.TaskHandle rendering;
    private byte[] shown;
    private boolean updating;

    /** Builds the preview of {@code presenter}'s case; {@link DocumentPreviewPresenter#load()} may run before showing. */
    public DocumentPreviewDialog(Window owner, Messages messages, DocumentPreviewPresenter presenter,
            BackgroundTasks tasks, Runnable openQueue) {
        super(owner, messages.text("print.preview.title", presenter.state().caseNo()), ModalityType.MODELESS);
        this.messages = messages;
        this.presenter = presenter;
        this.tasks = tasks;
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (rendering != null) {
                    rendering.cancel();
                }
            }
        });

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        bar.add(button(new PrintDocumentAction(messages, presenter), PRINT_BUTTON));
        bar.add(button(new PrintAllDocumentsAction(messages, presenter), PRINT_ALL_BUTTON));
        bar.add(button(new PrintDocumentCopyAction(messages, presenter), PRINT_COPY_BUTTON));
        bar.add(button(new SaveDocumentPdfAction(messages, presenter), SAVE_BUTTON));
        bar.addSeparator();
        JLabel paperLabel = new JLabel(messages.text("print.preview.paper"));
        paperLabel.setLabelFor(paper);
        bar.add(paperLabel);
        bar.add(Box.createHorizontalStrut(4));
        paper.setName(PAPER_COMBO);
        paper.setMaximumSize(new Dimension(160, paper.getPreferredSize().height));
        paper.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                    boolean focus) {
                return super.getListCellRendererComponent(l, value instanceof Paper p ? p.label() : value, index,
                        selected, focus);
            }
        });
        paper.addActionListener(e -> {
            if (!updating && paper.getSelectedItem() instanceof Paper p) {
                presenter.choosePaper(p);
            }
        });
        bar.add(paper);
        bar.add(Box.createHorizontalGlue());
        bar.add(button(new OpenPrintQueueAction(messages, openQueue), QUEUE_BUTTON));

        list.setName(DOCUMENT_LIST);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                    boolean focus) {
                CaseDocumentView d = (CaseDocumentView) value;
                String text = "<html><b>" + PrintQueueDialog.escape(d.title()) + "</b><br><small>"
                        + PrintQueueDialog.escape(d.documentNumber())
                        + (d.copiesPrinted() > 0 ? " · " + messages.text("print.preview.copies", d.copiesPrinted())
                        : "") + "</small></html>";
                JLabel c = (JLabel) super.getListCellRendererComponent(l, text, index, selected, focus);
                c.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
                return c;
            }
        });
        presenter.state().documents().forEach(listModel::addElement);
        list.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting() && list.getSelectedIndex() >= 0) {
                presenter.select(list.getSelectedIndex());
            }
        });

        pages.setLayout(new BoxLayout(pages, BoxLayout.PAGE_AXIS));
        pages.setBackground(Forms.color("Yichuang.preview.background"));
        pages.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        JPanel canvas = new JPanel(new BorderLayout());
        canvas.setBackground(Forms.color("Yichuang.preview.background"));
        canvas.add(pages, BorderLayout.PAGE_START);
        JScrollPane pageScroll = new JScrollPane(canvas);
        pageScroll.getVerticalScrollBar().setUnitIncrement(24);
        JScrollPane listScroll = new JScrollPane(list);
        listScroll.setMinimumSize(new Dimension(200, 100));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, listScroll, pageScroll);
        split.setDividerLocation(240);

        status.setName(STATUS_LABEL);
        Forms.styled(status, "small");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));

        JPanel content = new JPanel(new BorderLayout());
        content.add(bar, BorderLayout.PAGE_START);
        content.add(split, BorderLayout.CENTER);
        content.add(status, BorderLayout.PAGE_END);
        setContentPane(content);
        bindKeys(content, bar);
        presenter.addPropertyChangeListener(e -> show(presenter.state()));
        showPages(null);   // "loading" until the first page is drawn, never an empty pane
        show(presenter.state());
        setSize(1100, 720);
        setLocationRelativeTo(owner);
    }

    /** Returns the preview's state holder (tests read it). */
    public DocumentPreviewPresenter presenter() {
        return presenter;
    }

    private void show(DocumentPreviewPresenter.State state) {
        updating = true;
        try {
            if (list.getSelectedIndex() != state.selected() && state.document() != null) {
                list.setSelectedIndex(state.selected());
            }
            CaseDocumentView doc = state.document();
            List<Paper> papers = doc == null ? List.of() : doc.papers();
            if (paper.getItemCount() != papers.size() || !papers.contains(paper.getSelectedItem())) {
                paper.removeAllItems();
                papers.forEach(paper::addItem);
            }
            paper.setSelectedItem(state.paper());
            paper.setEnabled(papers.size() > 1 && !state.busy());
        } finally {
            updating = false;
        }
        status.setText(state.status() == null ? " " : state.status());
        if (state.pdf() != shown) {
            shown = state.pdf();
            render(shown);
        }
    }

    private void render(byte[] pdf) {
        if (rendering != null) {
            rendering.cancel();
        }
        if (pdf == null) {
            showPages(null);
            return;
        }
        rendering = tasks.submit(() -> PdfPages.render(pdf, ZOOM), this::showPages);
    }

    private void showPages(List<BufferedImage> images) {
        pages.removeAll();
        if (images == null) {
            JLabel loading = new JLabel(messages.text("print.preview.loading"));
            loading.setName(PAGE_LABEL);
            addPage(loading);
        } else {
            for (int i = 0; i < images.size(); i++) {
                JLabel page = new JLabel(new ImageIcon(images.get(i)));
                page.setName(i == 0 ? PAGE_LABEL : PAGE_LABEL + "." + (i + 1));
                page.setBorder(BorderFactory.createLineBorder(Forms.color("Yichuang.statusBar.borderColor")));
                addPage(page);
            }
        }
        pages.revalidate();
        pages.repaint();
    }

    private void addPage(JLabel page) {
        page.setAlignmentX(Component.CENTER_ALIGNMENT);
        page.setHorizontalAlignment(SwingConstants.CENTER);
        if (pages.getComponentCount() > 0) {
            pages.add(Box.createVerticalStrut(16));
        }
        pages.add(page);
    }

    private void bindKeys(JComponent content, JToolBar bar) {
        // the toolbar's accelerators work wherever the focus is; Esc closes the preview like any dialog
        for (Component c : bar.getComponents()) {
            if (c instanceof JButton b && b.getAction() != null
                    && b.getAction().getValue(Action.ACCELERATOR_KEY) instanceof KeyStroke stroke) {
                content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, b.getName());
                content.getActionMap().put(b.getName(), b.getAction());
            }
        }
        content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                "close");
        content.getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
    }

    private static JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setHideActionText(false);
        return b;
    }
}
