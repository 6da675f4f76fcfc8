package org.yichuang.client.main;

import java.awt.BorderLayout;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.BorderFactory;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CounterInfo;

/** The main window (主窗口): menu, header, the current work panel and the status bar. */
public final class MainFrame extends JFrame {
    /** Component names for tests. */
    public static final String NAME = "main.frame";
    public static final String STATUS_BAR = "main.statusBar";
    public static final String CONNECTION_LABEL = "main.connection";
    public static final String COUNTER_LABEL = "main.counter";
    public static final String STAFF_LABEL = "main.staff";
    public static final String SYSTEM_MENU = "main.menu.system";
    /** Component name of 系统 → 退出登录 (tests find it by name, whatever its label and mnemonic). */
    public static final String SIGN_OUT_ITEM = "main.menu.signOut";

    private final ClientPrefs prefs;
    private JMenu system;

    /** Builds the frame around {@code work} (the intake panel). */
    public MainFrame(Messages messages, MainPresenter presenter, JComponent work, SignOutAction signOut,
            SwitchThemeAction switchTheme, Runnable onExit, ClientPrefs prefs) {
        this(messages, presenter, work, signOut, switchTheme, onExit, prefs, List.of());
    }

    /**
     * Builds the frame around {@code work} with extra menus after 系统 (e.g. 事项管理); the header names the work
     * area the presenter chose.
     */
    public MainFrame(Messages messages, MainPresenter presenter, JComponent work, SignOutAction signOut,
            SwitchThemeAction switchTheme, Runnable onExit, ClientPrefs prefs, List<JMenu> menus) {
        super(messages.text("main.title"));
        this.prefs = prefs;
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (presenter.confirmLeave()) {
                    onExit.run();
                }
            }
        });

        system = new JMenu(messages.text("main.menu.system"));
        system.setName(SYSTEM_MENU);
        system.setMnemonic(KeyEvent.VK_S);
        system.add(switchTheme);
        system.addSeparator();
        system.add(signOut).setName(SIGN_OUT_ITEM);
        JMenuBar menuBar = new JMenuBar();
        menuBar.add(system);
        menus.forEach(menuBar::add);
        setJMenuBar(menuBar);

        CounterInfo counter = presenter.session().info().counter();
        JPanel header = new JPanel(new BorderLayout());
        header.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(10, 16, 10, 16)));
        String title = switch (presenter.workArea()) {
            case CATALOG_ADMIN -> messages.text("main.header.catalog");
            case CASES -> messages.text("main.header.cases");
            case INTAKE -> messages.text("main.header");
        };
        header.add(Forms.styled(new JLabel(title), "h2"), BorderLayout.LINE_START);
        if (counter != null) {
            JLabel where = Forms.styled(new JLabel(messages.text("main.header.counter", counter.hallName(),
                    counter.name())), "h4");
            where.setForeground(Forms.color("Yichuang.muted.foreground"));
            header.add(where, BorderLayout.LINE_END);
        }

        JPanel content = new JPanel(new BorderLayout());
        content.add(header, BorderLayout.PAGE_START);
        content.add(work, BorderLayout.CENTER);
        content.add(new StatusBar(messages, presenter), BorderLayout.PAGE_END);
        setContentPane(content);

        restoreBounds();
    }

    /** Adds a command to 系统 after 切换主题 (e.g. 读卡器设置 for a counter with intake). */
    public void addToSystemMenu(javax.swing.Action action, String componentName) {
        javax.swing.JMenuItem item = new javax.swing.JMenuItem(action);
        item.setName(componentName);
        system.insert(item, 1);
    }

    private void restoreBounds() {
        Rectangle saved = prefs.get(ClientPrefs.KEY_WINDOW_BOUNDS).map(MainFrame::parseBounds).orElse(null);
        Rectangle usable = usableScreen();
        setBounds(WindowBounds.initial(usable, saved));
        if (saved == null && WindowBounds.fillsScreen(usable)) {
            setExtendedState(MAXIMIZED_BOTH);
        }
    }

    private Rectangle usableScreen() {
        GraphicsConfiguration gc = getGraphicsConfiguration();
        Rectangle screen = gc.getBounds();
        Insets bars = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(screen.x + bars.left, screen.y + bars.top, screen.width - bars.left - bars.right,
                screen.height - bars.top - bars.bottom);
    }

    /** Remembers where the window was, for the next start. */
    public void saveBounds() {
        if ((getExtendedState() & MAXIMIZED_BOTH) == 0) {
            Rectangle r = getBounds();
            prefs.put(ClientPrefs.KEY_WINDOW_BOUNDS, r.x + "," + r.y + "," + r.width + "," + r.height);
            prefs.flush();
        }
    }

    private static Rectangle parseBounds(String s) {
        String[] p = s.split(",");
        try {
            Rectangle r = new Rectangle(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
                    Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()));
            return r.width >= 640 && r.height >= 480 ? r : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
