package org.yichuang.client.bench;

import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.yichuang.catalogio.testing.SyntheticCatalog;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.intake.CatalogEntry;
import org.yichuang.client.intake.CreateCaseAction;
import org.yichuang.client.intake.IntakePanel;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.intake.PrintGuideAction;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.SwingBackgroundTasks;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;

/**
 * FIGURE client-search-keystroke: search as you type over a synthetic catalog of 5,000 items in the real intake panel.
 *
 * <p>Each keystroke is dispatched on the EDT to the filter as KEY_PRESSED, KEY_TYPED and KEY_RELEASED, the item list
 * is painted with {@code paintImmediately}, and the time runs until an {@code invokeAndWait} queued after it returns,
 * i.e. until everything the keystroke queued (revalidation, repaints) has run too. Chinese is typed as KEY_TYPED of
 * the committed characters, which is what reaches the field after an input method commits them. After warm-up
 * rounds, the measured rounds give p50, p95 and max; the index build (what the presenter runs off the EDT when the catalog
 * arrives) is timed first in the JVM (with pinyin4j's dictionary and class loading) and then warm.
 *
 * <p>Usage: {@code ClientSearchBench [items] [rounds]}; needs a display (the bench script starts Xvfb).
 */
public final class ClientSearchBench {
    private static final long SEED = 20261123L;
    private static final int WARM_UP_ROUNDS = 3;

    private final IntakePresenter presenter;
    private final JTextField filter;
    private final JTable table;
    private final JFrame frame;

    private ClientSearchBench(IntakePresenter presenter, JFrame frame, JTextField filter, JTable table) {
        this.presenter = presenter;
        this.frame = frame;
        this.filter = filter;
        this.table = table;
    }

    public static void main(String[] args) throws Exception {
        int itemCount = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        CatalogDocument catalog = SyntheticCatalog.generate(itemCount, SEED);
        List<ServiceItemSummary> items = catalog.items().stream()
                .map(i -> new ServiceItemSummary(i.implementationCode(), i.name(), i.department(), i.caseKind(),
                        i.statutoryLimit(), i.promisedLimit()))
                .sorted(Comparator.comparing(ServiceItemSummary::department).thenComparing(ServiceItemSummary::name))
                .toList();
        HallApi api = catalogOnly(items, catalog.bundles());

        long dictionaryStart = System.nanoTime();
        net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray('一');   // pinyin4j reads its dictionary once
        long dictionary = System.nanoTime() - dictionaryStart;
        long coldBuild = dictionary + build(items, catalog.bundles());   // what the first load after sign-in costs
        long[] warmBuilds = new long[5];
        for (int i = 0; i < warmBuilds.length; i++) {
            warmBuilds[i] = build(items, catalog.bundles());
        }
        Arrays.sort(warmBuilds);

        ClientSearchBench bench = onEdt(() -> open(api));
        bench.load(items.size() + catalog.bundles().size());
        bench.focusFilter();

        String code = items.get(items.size() / 2).implementationCode().substring(0, 22);
        List<String> sequences = List.of("ggcs", "gonggongchangsuo", "食品经营", code, "市场监督管理局", "scjg sp",
                "yljgzy", "jianzhu gongcheng");
        List<Long> times = new ArrayList<>();
        int[] matches = new int[sequences.size()];
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            for (int s = 0; s < sequences.size(); s++) {
                List<Long> sink = round < WARM_UP_ROUNDS ? new ArrayList<>() : times;
                matches[s] = bench.typeAndErase(sequences.get(s), sink);
            }
        }
        onEdt(() -> {
            bench.frame.dispose();
            return null;
        });

        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "items %d (+%d bundles), keystrokes measured %d; matches per sequence %s%n",
                items.size(), catalog.bundles().size(), sorted.length, Arrays.toString(matches));
        System.out.printf(Locale.ROOT, "index build: first in JVM %.0f ms (of which pinyin4j's dictionary %.0f ms),"
                + " warm median of 5 %.0f ms%n", coldBuild / 1e6, dictionary / 1e6, warmBuilds[warmBuilds.length / 2] / 1e6);
        System.out.printf(Locale.ROOT, "FIGURE client-search-keystroke: p50 %.1f ms, p95 %.1f ms, max %.1f ms per keystroke"
                + " (%d items, %d keystrokes, EDT dispatch to list painted and EDT idle); index build %.0f ms first, "
                + "%.0f ms warm%n", ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]),
                items.size(), sorted.length, coldBuild / 1e6, warmBuilds[warmBuilds.length / 2] / 1e6);
        System.exit(0);
    }

    private static ClientSearchBench open(HallApi api) {
        ClientApp.installLookAndFeel(Theme.LIGHT);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        SwingBackgroundTasks tasks = new SwingBackgroundTasks(Throwable::printStackTrace);
        IntakePresenter presenter = new IntakePresenter(api, tasks, messages, LocalDate::now, () -> "bench", r -> { });
        IntakePanel panel = new IntakePanel(messages, presenter, new CreateCaseAction(messages, presenter),
                new PrintGuideAction(messages, presenter, e -> { }));
        JFrame frame = new JFrame("client-search bench");
        frame.setContentPane(panel);
        frame.setSize(1280, 800);
        frame.setVisible(true);
        return new ClientSearchBench(presenter, frame, (JTextField) find(panel, IntakePanel.FILTER_FIELD),
                (JTable) find(panel, IntakePanel.ITEM_TABLE));
    }

    /** Times what the presenter runs off the EDT when the catalog arrives: entries and search index. */
    private static long build(List<ServiceItemSummary> items, List<ServiceBundle> bundles) {
        long start = System.nanoTime();
        int size = CatalogEntry.index(items, bundles).size();
        long elapsed = System.nanoTime() - start;
        if (size != items.size() + bundles.size()) {
            throw new IllegalStateException("indexed " + size + " entries");
        }
        return elapsed;
    }

    /** Loads the catalog through the presenter, as after sign-in, and waits until the list shows it. */
    private void load(int entries) throws Exception {
        onEdt(() -> {
            presenter.loadItems();
            return null;
        });
        for (int i = 0; i < 600 && onEdt(() -> table.getRowCount()) != entries; i++) {
            Thread.sleep(50);
        }
        if (onEdt(() -> table.getRowCount()) != entries) {
            throw new IllegalStateException("the catalog did not load");
        }
    }

    private void focusFilter() throws Exception {
        for (int i = 0; i < 100; i++) {
            boolean focused = onEdt(() -> {
                filter.requestFocusInWindow();
                return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == filter;
            });
            if (focused) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the filter never got the focus");
    }

    /** Types {@code text} key by key, then erases it with backspaces; returns the matches of the whole text. */
    private int typeAndErase(String text, List<Long> times) throws Exception {
        for (char c : text.toCharArray()) {
            times.add(keystroke(c == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(c), c));
        }
        int matches = onEdt(() -> presenter.visibleEntries().size());
        for (int i = 0; i < text.length(); i++) {
            times.add(keystroke(KeyEvent.VK_BACK_SPACE, '\b'));
        }
        if (!onEdt(filter::getText).isEmpty()) {
            throw new IllegalStateException("backspaces left " + onEdt(filter::getText));
        }
        return matches;
    }

    private long keystroke(int keyCode, char keyChar) throws Exception {
        long start = System.nanoTime();
        EventQueue.invokeAndWait(() -> {
            long when = System.currentTimeMillis();
            filter.dispatchEvent(new KeyEvent(filter, KeyEvent.KEY_PRESSED, when, 0, keyCode, keyChar));
            filter.dispatchEvent(new KeyEvent(filter, KeyEvent.KEY_TYPED, when, 0, KeyEvent.VK_UNDEFINED, keyChar));
            filter.dispatchEvent(new KeyEvent(filter, KeyEvent.KEY_RELEASED, when, 0, keyCode, keyChar));
            table.paintImmediately(table.getVisibleRect());
        });
        EventQueue.invokeAndWait(() -> { });   // what the keystroke queued (layout, repaints) has run
        return System.nanoTime() - start;
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static JComponent find(JComponent root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof JComponent j) {
                JComponent found = find(j, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A hall that only lists its catalog: the bench measures the client, not HTTP. */
    private static HallApi catalogOnly(List<ServiceItemSummary> items, List<ServiceBundle> bundles) {
        return (HallApi) Proxy.newProxyInstance(HallApi.class.getClassLoader(), new Class<?>[] {HallApi.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "listItems" -> items;
                    case "listBundles" -> bundles;
                    case "toString" -> "catalog-only HallApi";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private interface EdtCall<T> {
        T call() throws Exception;
    }

    private static <T> T onEdt(EdtCall<T> call) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        EventQueue.invokeAndWait(() -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
