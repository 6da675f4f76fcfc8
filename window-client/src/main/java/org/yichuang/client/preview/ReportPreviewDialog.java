package org.yichuang.client.preview;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import net.sf.jasperreports.engine.JasperPrint;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.reports.ReportService;

/**
 * A report preview (打印预览): every page one under another, zoomable, with print, save as PDF and printer choice.
 * Esc closes it. Used for the 受理回执 and the 办事指南.
 */
public class ReportPreviewDialog extends JDialog {
    /** Component names for tests; the first page's label is {@link #PAGE_LABEL}, later ones add {@code .2}, … */
    public static final String PAGE_LABEL = "preview.page";
    public static final String PRINT_BUTTON = "preview.print";
    public static final String SAVE_BUTTON = "preview.save";
    public static final String PRINTER_BUTTON = "preview.choosePrinter";
    public static final String ZOOM_IN_BUTTON = "preview.zoomIn";
    public static final String ZOOM_OUT_BUTTON = "preview.zoomOut";
    public static final String STATUS_LABEL = "preview.status";
    public static final String PAGES_LABEL = "preview.pageCount";
    public static final String PRINTER_LABEL = "preview.printer";

    private final Messages messages;
    private final ReportPreviewPresenter presenter;
    private final Supplier<ReportService> reports;
    private final BackgroundTasks tasks;
    private final JPanel pages = new JPanel();
    private final JLabel firstPage = new JLabel();
    private final JLabel zoom = new JLabel();
    private final JLabel printer = new JLabel();
    private final JLabel pageCount = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private BackgroundTasks.TaskHandle rendering;

    /** Builds the preview of {@code presenter}'s document; call {@link ReportPreviewPresenter#fill()} after showing. */
    public ReportPreviewDialog(Window owner, Messages messages, ReportPreviewPresenter presenter,
            Supplier<ReportService> reports, BackgroundTasks tasks) {
        super(owner, presenter.document().title(), ModalityType.MODELESS);
        this.messages = messages;
        this.presenter = presenter;
        this.reports = reports;
        this.tasks = tasks;
        setName(presenter.document().dialogName());
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (rendering != null) {
                    rendering.cancel();
                }
                presenter.dispose();
            }
        });

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        bar.add(button(new PrintReportAction(messages, presenter), PRINT_BUTTON));
        bar.add(button(new SaveReportPdfAction(messages, presenter), SAVE_BUTTON));
        bar.addSeparator();
        bar.add(button(new ChoosePrinterAction(messages, presenter), PRINTER_BUTTON));
        bar.add(Box.createHorizontalStrut(6));
        printer.setName(PRINTER_LABEL);
        bar.add(Forms.styled(printer, "small"));
        bar.add(Box.createHorizontalGlue());
        pageCount.setName(PAGES_LABEL);
        bar.add(Forms.styled(pageCount, "small"));
        bar.add(Box.createHorizontalStrut(12));
        bar.add(button(new ZoomOutAction(messages, presenter), ZOOM_OUT_BUTTON));
        zoom.setHorizontalAlignment(SwingConstants.CENTER);
        zoom.setPreferredSize(new Dimension(56, zoom.getPreferredSize().height));
        bar.add(zoom);
        bar.add(button(new ZoomInAction(messages, presenter), ZOOM_IN_BUTTON));

        firstPage.setName(PAGE_LABEL);
        firstPage.setText(presenter.document().fillingText());
        pages.setLayout(new BoxLayout(pages, BoxLayout.PAGE_AXIS));
        pages.setBackground(Forms.color("Yichuang.preview.background"));
        pages.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        addPage(firstPage);
        JPanel canvas = new JPanel(new BorderLayout());
        canvas.setBackground(Forms.color("Yichuang.preview.background"));
        canvas.add(pages, BorderLayout.PAGE_START);
        JScrollPane scroll = new JScrollPane(canvas);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, Forms.color("Yichuang.statusBar.borderColor")));

        status.setName(STATUS_LABEL);
        Forms.styled(status, "small");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));

        JPanel content = new JPanel(new BorderLayout());
        content.add(bar, BorderLayout.PAGE_START);
        content.add(scroll, BorderLayout.CENTER);
        content.add(status, BorderLayout.PAGE_END);
        setContentPane(content);
        bindKeys(content, bar);

        presenter.addPropertyChangeListener(e -> {
            switch (ReportPreviewPresenter.Property.valueOf(e.getPropertyName())) {
                case REPORT, ZOOM -> render();
                case PRINTER, DEFAULT_PRINTER -> showPrinter();
                case STATUS -> status.setText(presenter.status() == null ? " " : presenter.status());
                default -> { }
            }
        });
        showPrinter();
        if (presenter.printer() == null) {
            presenter.lookUpDefaultPrinter();
        }
        showZoom();
        setSize(900, 860);
        setLocationRelativeTo(owner);
    }

    /** Returns the preview's state (tests read the filled report from it). */
    public ReportPreviewPresenter presenter() {
        return presenter;
    }

    private void bindKeys(JComponent content, JToolBar bar) {
        // the toolbar's accelerators work wherever the focus is in the preview; Esc closes it like any dialog
        for (Component c : bar.getComponents()) {
            if (c instanceof JButton b && b.getAction() != null
                    && b.getAction().getValue(Action.ACCELERATOR_KEY) instanceof KeyStroke stroke) {
                content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, b.getName());
                content.getActionMap().put(b.getName(), b.getAction());
            }
        }
        content.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        content.getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
    }

    private JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setHideActionText(false);
        return b;
    }

    private void addPage(JLabel page) {
        page.setAlignmentX(Component.CENTER_ALIGNMENT);
        page.setHorizontalAlignment(SwingConstants.CENTER);
        if (pages.getComponentCount() > 0) {
            pages.add(Box.createVerticalStrut(16));
        }
        pages.add(page);
    }

    /** Says where papers go: the chosen printer, the system default by name, or that there is none. */
    private void showPrinter() {
        String chosen = presenter.printer();
        String fallback = presenter.defaultPrinter();
        boolean none = chosen == null && "".equals(fallback);
        if (chosen != null) {
            printer.setText(chosen);
        } else if (fallback == null) {
            printer.setText(" ");   // still looking it up
        } else {
            printer.setText(none ? messages.text("preview.printer.noDefault")
                    : messages.text("preview.printer.default", fallback));
        }
        printer.setForeground(none ? Forms.color("Yichuang.error.foreground") : null);
        printer.setIcon(none ? Forms.errorIcon() : null);
    }

    private void showZoom() {
        zoom.setText(Math.round(presenter.zoom() * 100) + "%");
    }

    private void render() {
        showZoom();
        JasperPrint report = presenter.report();
        if (report == null) {
            return;
        }
        pageCount.setText(messages.text("preview.pages", presenter.pageCount()));
        if (rendering != null) {
            rendering.cancel();   // a newer zoom wins; the older images would only flicker
        }
        float z = presenter.zoom();
        rendering = tasks.submit(() -> {
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < report.getPages().size(); i++) {
                images.add(reports.get().pageImage(report, i, z));
            }
            return images;
        }, this::showPages);
    }

    private void showPages(List<BufferedImage> images) {
        pages.removeAll();
        for (int i = 0; i < images.size(); i++) {
            JLabel page = i == 0 ? firstPage : new JLabel();
            if (i > 0) {
                page.setName(PAGE_LABEL + "." + (i + 1));
            }
            page.setText(null);
            page.setIcon(new ImageIcon(images.get(i)));
            page.setBorder(BorderFactory.createLineBorder(Forms.color("Yichuang.statusBar.borderColor")));
            addPage(page);
        }
        pages.revalidate();
        pages.repaint();
    }
}
