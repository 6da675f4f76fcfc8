package org.yichuang.client.bench;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.ContainerEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakeScreen;
import org.yichuang.client.intake.materials.ChecklistPane;
import org.yichuang.client.intake.outcome.OutcomePane;
import org.yichuang.client.print.DocumentPreviewDialog;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * FIGURE intake-outcome-to-preview: the real client (ClientApp, HTTP, Jasper) against the real server (in-process,
 * PostgreSQL): each round receives a case of 企业设立登记, records every material received and 受理, and times from the
 * click of 提交受理结果 (on the EDT, as F9 does) until the preview of the documents the server issued with it (受理通知书,
 * rendered and stored by the server, fetched and drawn by the client) shows its first page. The first round
 * after start (Jasper and the HTTP client still cold) is reported apart from the warm rounds (p50, p95, max).
 *
 * <p>Usage: {@code IntakePreviewBench [rounds]}; needs a display (the bench script starts Xvfb).
 */
public final class IntakePreviewBench {
    private static final long TIMEOUT_MS = 60_000;

    private IntakePreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);   // the Swing threads would keep a failed bench's JVM, and the script, waiting
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Preferences node = Preferences.userRoot().node("org/yichuang/client-bench/" + UUID.randomUUID());
        try (TestServer server = TestServer.start()) {
            LaunchOptions options = new LaunchOptions(server.baseUrl(), String.valueOf(server.counterNo()),
                    server.username(Role.WINDOW), server.password(Role.WINDOW), "light", Locale.SIMPLIFIED_CHINESE);
            java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(PAGE_WATCH, AWTEvent.CONTAINER_EVENT_MASK);
            EventQueue.invokeAndWait(() -> {
                ClientApp.installLookAndFeel(org.yichuang.client.ui.Theme.LIGHT);
                ClientApp.create(options, new ClientPrefs(node), () -> { }).start();
            });
            JTable items = (JTable) await(() -> find(IntakePanel.ITEM_TABLE));
            await(() -> items.getRowCount() > 0 ? items : null);
            long[] times = new long[rounds + 1];
            for (int i = 0; i <= rounds; i++) {
                times[i] = round();
            }
            long first = times[0];
            long[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            System.out.printf("FIGURE intake-outcome-to-preview: first after start %d ms; warm p50 %d ms, p95 %d ms,"
                    + " max %d ms (%d rounds, 受理 submitted → 受理通知书 preview page shown, real client + server)%n",
                    ms(first), ms(pct(warm, 50)), ms(pct(warm, 95)), ms(warm[warm.length - 1]), warm.length);
            EventQueue.invokeAndWait(() -> {
                for (Window w : Window.getWindows()) {
                    w.dispose();
                }
            });
        } finally {
            node.removeNode();
        }
    }

    /** One applicant: receive, check, accept; returns nanoseconds from the submit click to the preview's page. */
    private static long round() throws Exception {
        String before = onEdt(() -> ((JLabel) find(IntakeScreen.CASE_LABEL)).getText());
        onEdt(() -> {
            ((JTextField) find(IntakePanel.FILTER_FIELD)).setText("企业设立登记");
            ((JTextField) find(IntakePanel.NAME_FIELD)).setText("张三");
            ((JTextField) find(IntakePanel.ID_FIELD)).setText("11010519491231002X");
            return null;
        });
        // checked and clicked in one EDT step: the item search settles after its debounce and may disable the
        // button for a moment between a check and a later click, which a disabled button ignores
        await(() -> click(IntakePanel.CREATE_BUTTON));
        JTable checklist = (JTable) await(() -> {
            JTable t = (JTable) find(ChecklistPane.TABLE);
            String now = ((JLabel) find(IntakeScreen.CASE_LABEL)).getText();
            return t != null && t.getRowCount() > 0 && !now.equals(before) ? t : null;
        });
        onEdt(() -> {
            checklist.getActionMap().get("receiveAll").actionPerformed(null);
            return null;
        });
        await(() -> click(OutcomePane.OUTCOME_BUTTON_PREFIX + "ACCEPT"));
        AbstractButton submit = (AbstractButton) await(() -> enabled(OutcomePane.SUBMIT_BUTTON));
        AtomicReference<Long> start = new AtomicReference<>();
        PAGE_SHOWN.set(0);
        onEdt(() -> {
            start.set(System.nanoTime());
            submit.doClick(0);
            return null;
        });
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        // told by the page's arrival (PAGE_WATCH), not found by walking the windows on the EDT every millisecond:
        // that walk took EDT time from the client it measured
        while (PAGE_SHOWN.get() == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no preview within " + TIMEOUT_MS + " ms");
            }
            Thread.sleep(1);
        }
        long end = PAGE_SHOWN.get();
        Window dialog = onEdt(IntakePreviewBench::renderedPreview);
        Window close = dialog;
        onEdt(() -> {
            close.dispose();
            JComponent screen = (JComponent) find(IntakeScreen.NAME);
            screen.getActionMap().get("nextApplicant").actionPerformed(null);
            return null;
        });
        return end - start.get();
    }

    /** When a preview's first rendered page was added (System.nanoTime), 0 until then. */
    private static final AtomicLong PAGE_SHOWN = new AtomicLong();

    /** Notes the moment a rendered page joins a document preview (on the EDT, where Swing adds it). */
    private static final AWTEventListener PAGE_WATCH = event -> {
        if (event.getID() == ContainerEvent.COMPONENT_ADDED && event instanceof ContainerEvent e
                && e.getChild() instanceof JLabel l && DocumentPreviewDialog.PAGE_LABEL.equals(l.getName())
                && l.getIcon() != null) {
            PAGE_SHOWN.compareAndSet(0, System.nanoTime());
        }
    };

    /** The documents' preview when it shows the rendered first page of the first document, else null. */
    private static Window renderedPreview() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && DocumentPreviewDialog.NAME.equals(w.getName())) {
                Component page = find(w, DocumentPreviewDialog.PAGE_LABEL);
                if (page instanceof JLabel l && l.getIcon() != null) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Clicks the named button if it is enabled and showing now (on the EDT); returns it, else null. */
    private static Component click(String name) {
        Component c = enabled(name);
        if (c instanceof AbstractButton b) {
            b.doClick(0);
        }
        return c;
    }

    private static Component enabled(String name) {
        Component c = find(name);
        return c != null && c.isEnabled() && c.isShowing() ? c : null;
    }

    private static Component find(String name) {
        for (Window w : Window.getWindows()) {
            if (w.isDisplayable()) {
                Component c = find(w, name);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Polls {@code probe} on the EDT until it answers non-null. */
    private static Object await(Callable<Object> probe) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            Object value = onEdt(probe);
            if (value != null) {
                return value;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting in the client; showing: " + onEdt(
                        IntakePreviewBench::showing));
            }
            Thread.sleep(5);
        }
    }

    /** The windows on screen, with the text of any message they show (what the client was waiting on). */
    private static String showing() {
        StringBuilder out = new StringBuilder();
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                out.append('[').append(w.getName()).append(' ').append(w instanceof java.awt.Dialog d ? d.getTitle()
                        : w instanceof java.awt.Frame f ? f.getTitle() : "");
                texts(w, out);
                out.append(']');
            }
        }
        return out.toString();
    }

    private static void texts(Component c, StringBuilder out) {
        if (c instanceof JLabel l && l.isShowing() && l.getText() != null && !l.getText().isBlank()
                && out.length() < 4000) {
            out.append(" | ").append(l.getText());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                texts(child, out);
            }
        }
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        List<T> out = new ArrayList<>(1);
        Exception[] failure = new Exception[1];
        EventQueue.invokeAndWait(() -> {
            try {
                out.add(work.call());
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return out.get(0);
    }

    private static long pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
