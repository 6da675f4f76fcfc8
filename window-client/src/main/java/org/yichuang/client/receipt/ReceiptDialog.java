package org.yichuang.client.receipt;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import net.sf.jasperreports.engine.JasperPrint;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.reports.ReportService;

/** The receipt (受理回执) preview: a zoomable page image with print, save and printer choice. */
public final class ReceiptDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "receipt.dialog";
    public static final String PAGE_LABEL = "receipt.page";
    public static final String PRINT_BUTTON = "receipt.print";
    public static final String SAVE_BUTTON = "receipt.save";
    public static final String PRINTER_BUTTON = "receipt.choosePrinter";
    public static final String ZOOM_IN_BUTTON = "receipt.zoomIn";
    public static final String ZOOM_OUT_BUTTON = "receipt.zoomOut";
    public static final String STATUS_LABEL = "receipt.status";

    private final Messages messages;
    private final ReceiptPresenter presenter;
    private final Supplier<ReportService> reports;
    private final BackgroundTasks tasks;
    private final JLabel page = new JLabel();
    private final JLabel zoom = new JLabel();
    private final JLabel printer = new JLabel();
    private final JLabel status = new JLabel(" ");
    private BackgroundTasks.TaskHandle rendering;

    /** Builds the preview for {@code presenter}'s case. */
    public ReceiptDialog(Window owner, Messages messages, ReceiptPresenter presenter, Supplier<ReportService> reports,
            BackgroundTasks tasks) {
        super(owner, messages.text("receipt.title.case", presenter.receipt().caseNo()), ModalityType.MODELESS);
        this.messages = messages;
        this.presenter = presenter;
        this.reports = reports;
        this.tasks = tasks;
        setName(NAME);
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
        bar.add(button(new PrintReceiptAction(messages, presenter), PRINT_BUTTON));
        bar.add(button(new SaveReceiptPdfAction(messages, presenter), SAVE_BUTTON));
        bar.addSeparator();
        bar.add(button(new ChoosePrinterAction(messages, presenter), PRINTER_BUTTON));
        bar.add(Box.createHorizontalStrut(6));
        bar.add(Forms.styled(printer, "small"));
        bar.add(Box.createHorizontalGlue());
        bar.add(button(new ZoomOutAction(messages, presenter), ZOOM_OUT_BUTTON));
        zoom.setHorizontalAlignment(SwingConstants.CENTER);
        zoom.setPreferredSize(new Dimension(56, zoom.getPreferredSize().height));
        bar.add(zoom);
        bar.add(button(new ZoomInAction(messages, presenter), ZOOM_IN_BUTTON));

        page.setName(PAGE_LABEL);
        page.setHorizontalAlignment(SwingConstants.CENTER);
        page.setVerticalAlignment(SwingConstants.TOP);
        page.setText(messages.text("receipt.filling"));
        page.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        JPanel canvas = new JPanel(new BorderLayout());
        canvas.setBackground(Forms.color("Yichuang.preview.background"));
        canvas.add(page, BorderLayout.CENTER);
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

        presenter.addPropertyChangeListener(e -> {
            switch (ReceiptPresenter.Property.valueOf(e.getPropertyName())) {
                case REPORT, ZOOM -> render();
                case PRINTER -> showPrinter();
                case STATUS -> status.setText(presenter.status() == null ? " " : presenter.status());
                default -> { }
            }
        });
        showPrinter();
        showZoom();
        setSize(900, 860);
        setLocationRelativeTo(owner);
    }

    private JButton button(javax.swing.Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setHideActionText(false);
        return b;
    }

    private void showPrinter() {
        String name = presenter.printer();
        printer.setText(name == null ? messages.text("receipt.printer.default") : name);
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
        if (rendering != null) {
            rendering.cancel();   // a newer zoom wins; the older image would only flicker
        }
        float z = presenter.zoom();
        rendering = tasks.submit(() -> reports.get().pageImage(report, 0, z), this::showPage);
    }

    private void showPage(BufferedImage image) {
        page.setText(null);
        page.setIcon(new ImageIcon(image));
        page.revalidate();
    }
}
