package org.yichuang.client.admin;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.ZoneId;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.yichuang.client.admin.bundle.BundlePane;
import org.yichuang.client.admin.calendar.CalendarPane;
import org.yichuang.client.admin.calendar.CalendarPresenter;
import org.yichuang.client.admin.calendar.CalendarState;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.item.ItemListPresenter;
import org.yichuang.client.admin.transfer.CatalogTransferPresenter;
import org.yichuang.client.admin.transfer.CopyProblemsAction;
import org.yichuang.client.admin.transfer.ImportProblemsDialog;
import org.yichuang.client.admin.widgets.Keys;
import org.yichuang.client.admin.widgets.Widgets;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/** The catalog administration work area (事项管理): a toolbar for import/export, then tabs 事项 and 一件事. */
public final class CatalogAdminPanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "admin.panel";
    public static final String TABS = "admin.tabs";
    public static final String IMPORT_BUTTON = "admin.import";
    public static final String EXPORT_BUTTON = "admin.export";
    public static final String RELOAD_BUTTON = "admin.reload";
    public static final String ACTIVITY_LABEL = "admin.activity";

    private final Messages messages;
    private final CatalogAdminPresenter admin;
    private final CopyProblemsAction copyProblems;
    private final JLabel activity = new JLabel();
    private final JProgressBar progress = new JProgressBar();
    private final ItemEditorPane editor;
    private final JTabbedPane tabs = new JTabbedPane();
    private final org.yichuang.client.queue.settings.QueueSettingsPane queuePane;
    private final org.yichuang.client.admin.hall.HallSettingsPane hallPane;

    CatalogAdminPanel(Messages messages, CatalogAdminPresenter admin, CatalogAdminActions actions, ZoneId zone) {
        super(new BorderLayout());
        this.messages = messages;
        this.admin = admin;
        this.copyProblems = actions.copyProblems();
        setName(NAME);

        editor = new ItemEditorPane(messages, admin.editor(), actions.editor());
        ItemListPane list = new ItemListPane(messages, admin.list(), admin, actions.newItem());
        JSplitPane items = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list, editor);
        items.setResizeWeight(0.32);
        items.setDividerLocation(MIN_LIST_WIDTH);
        items.setBorder(null);
        fitListWidth(items, list);
        tabs.setName(TABS);
        tabs.addTab(messages.text("admin.tab.items"), items);
        tabs.addTab(messages.text("admin.tab.bundles"), new BundlePane(messages, admin.bundles(), admin.list(), actions.bundles()));
        tabs.addTab(messages.text("admin.tab.calendar"), new CalendarPane(messages, admin.calendar(),
                actions.importCalendar(), zone));
        var queue = admin.queueSettings();
        queuePane = new org.yichuang.client.queue.settings.QueueSettingsPane(messages, queue,
                new org.yichuang.client.queue.settings.SaveQueueSettingsAction(messages, queue, () -> -1),
                new org.yichuang.client.queue.settings.ReloadQueueSettingsAction(messages, queue, () -> -1),
                new org.yichuang.client.queue.settings.AddQueueCategoryAction(messages, queue, () -> -1),
                row -> new org.yichuang.client.queue.settings.RemoveQueueCategoryAction(messages, queue, row),
                new org.yichuang.client.queue.settings.AddCounterAssignmentAction(messages, queue, () -> -1),
                row -> new org.yichuang.client.queue.settings.RemoveCounterAssignmentAction(messages, queue, row),
                catalogForQueue(admin.list()));
        tabs.addTab(messages.text("admin.tab.queue"), queuePane);
        // issue 10: hall settings
        var hall = admin.hallSettings();
        hallPane = new org.yichuang.client.admin.hall.HallSettingsPane(messages, hall,
                new org.yichuang.client.admin.hall.SaveHallSettingsAction(messages, hall),
                new org.yichuang.client.admin.hall.ReloadHallSettingsAction(messages, hall));
        tabs.addTab(messages.text("admin.tab.hall"), hallPane);
        // the calendar and the queue settings load when first shown: most visits to 事项管理 open neither
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedIndex() == QUEUE_TAB && !queue.state().loadedOnce() && !queue.state().loading()) {
                queue.load();
            }
            if (tabs.getSelectedIndex() == HALL_SETTINGS_TAB && !hall.state().loadedOnce() && !hall.state().loading()) {
                hall.load();
            }
            if (tabs.getSelectedIndex() == CALENDAR_TAB && admin.calendar().state().overview() == null
                    && !admin.calendar().state().loading()) {
                admin.calendar().load();
            }
        });
        // an import started from the menu shows its outcome (problems, the new year) on the 日历 page
        admin.calendar().addPropertyChangeListener(CalendarPresenter.Property.STATE, e -> {
            if (((CalendarState) e.getNewValue()).importing() && tabs.getSelectedIndex() != CALENDAR_TAB) {
                tabs.setSelectedIndex(CALENDAR_TAB);
            }
        });
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_AREA_INSETS, new java.awt.Insets(0, 8, 0, 0));

        add(toolbar(actions), BorderLayout.PAGE_START);
        add(tabs, BorderLayout.CENTER);

        CatalogTransferPresenter transfer = admin.transfer();
        transfer.addPropertyChangeListener(CatalogTransferPresenter.Property.ACTIVITY, e -> showActivity());
        transfer.addPropertyChangeListener(CatalogTransferPresenter.Property.PROBLEMS, e -> {
            if (!transfer.problems().isEmpty()) {
                new ImportProblemsDialog(SwingUtilities.getWindowAncestor(this), messages, transfer.problems(),
                        transfer.problemFile(), copyProblems).setVisible(true);
            }
        });
        showActivity();
        // Ctrl+S saves the item or bundle on show from anywhere in the window, and says why when it cannot
        javax.swing.KeyStroke save = (javax.swing.KeyStroke) actions.editor().save().getValue(
                javax.swing.Action.ACCELERATOR_KEY);
        if (save != null) {
            Keys.bind(this, WHEN_IN_FOCUSED_WINDOW, save, "admin.save", () -> {
                if (tabs.getSelectedIndex() == 0) {
                    admin.editor().saveOrExplain();
                } else if (tabs.getSelectedIndex() == 1) {
                    admin.bundles().saveOrExplain();
                } else if (tabs.getSelectedIndex() == QUEUE_TAB) {
                    queuePane.save();
                } else if (tabs.getSelectedIndex() == HALL_SETTINGS_TAB) {
                    hallPane.save();
                }   // the 日历 page has nothing to save: an import is stored at once
            });
        }
    }

    /**
     * The item list as the 叫号设置 page reads it: the picker searches it, the categories table names items by it and
     * is told when it loads (the settings may show before the catalog has arrived).
     */
    private static org.yichuang.client.queue.settings.ItemCatalog catalogForQueue(ItemListPresenter list) {
        return new org.yichuang.client.queue.settings.ItemCatalog() {
            @Override
            public java.util.List<org.yichuang.core.api.CatalogListing> search(String query) {
                return list.search(query);
            }

            @Override
            public boolean loaded() {
                return list.isLoaded();
            }

            @Override
            public void onChange(Runnable listener) {
                list.addPropertyChangeListener(ItemListPresenter.Property.ITEMS, e -> listener.run());
                list.addPropertyChangeListener(ItemListPresenter.Property.LOADING, e -> listener.run());
            }
        };
    }

    /** The index of the 排队日统计 tab (issue 12) where an administrator without a counter has it. */
    public static final int QUEUE_FIGURES_TAB = 5;
    /** The index of the 大厅设置 tab (issue 10). */
    public static final int HALL_SETTINGS_TAB = 4;

    /**
     * issue 12: adds the 排队日统计 screen after 叫号设置, for an administrator signed in without a counter (this panel
     * is their whole work area; at a counter the main window has the tab).
     */
    public void addQueueFigures(org.yichuang.client.queue.figures.QueueFiguresPage figures, String title) {
        figures.addTo(tabs, title);
    }

    /** The index of the 日历 tab. */
    public static final int CALENDAR_TAB = 2;
    /** The index of the 叫号设置 tab (issue 12). */
    public static final int QUEUE_TAB = 3;

    /** The item list never gets narrower than this, nor the editor (materials table, save bar) than its minimum. */
    private static final int MIN_LIST_WIDTH = 440;
    private static final int MIN_EDITOR_WIDTH = 920;

    /**
     * Widens the item list to show all its columns where the screen has room (1920 px: every column; 1366 px: the
     * editor keeps its width and the list scrolls sideways), until the administrator drags the divider.
     */
    private void fitListWidth(JSplitPane split, ItemListPane list) {
        boolean[] moved = {false};
        Runnable fit = () -> {
            if (moved[0] || split.getWidth() <= 0) {
                return;
            }
            int location = Math.max(MIN_LIST_WIDTH, Math.min(list.wantedWidth(), split.getWidth() - MIN_EDITOR_WIDTH));
            split.setDividerLocation(location);
        };
        if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI ui) {
            ui.getDivider().addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mousePressed(java.awt.event.MouseEvent e) {
                    moved[0] = true;   // the administrator's own width wins from now on
                }
            });
        }
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fit.run();
            }
        });
        admin.list().addPropertyChangeListener(ItemListPresenter.Property.ITEMS,
                e -> SwingUtilities.invokeLater(fit));
    }

    private JToolBar toolbar(CatalogAdminActions actions) {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(4, 8, 4, 8)));
        JButton importButton = Widgets.named(new JButton(actions.importCatalog()), IMPORT_BUTTON);
        JButton exportButton = Widgets.named(new JButton(actions.exportCatalog()), EXPORT_BUTTON);
        JButton reload = Widgets.named(new JButton(actions.reload()), RELOAD_BUTTON);
        bar.add(importButton);
        bar.add(exportButton);
        bar.addSeparator();
        bar.add(reload);
        bar.add(javax.swing.Box.createHorizontalGlue());
        activity.setName(ACTIVITY_LABEL);
        Forms.styled(activity, "small");
        progress.setIndeterminate(true);
        progress.setPreferredSize(new java.awt.Dimension(120, 6));
        JPanel busy = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        busy.setOpaque(false);
        busy.add(activity);
        busy.add(progress);
        bar.add(busy);
        return bar;
    }

    private void showActivity() {
        CatalogTransferPresenter.Activity now = admin.transfer().activity();
        boolean running = now != CatalogTransferPresenter.Activity.IDLE;
        activity.setText(running ? messages.text("admin.activity." + now.name()) : " ");
        progress.setVisible(running);
    }

    /** Shows the materials tab with the name cell of the new material in edit (after 添加材料 from a menu). */
    void editNewMaterial() {
        editor.editNewMaterial();
    }
}
