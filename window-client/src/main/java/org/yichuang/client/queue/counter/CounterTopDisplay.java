package org.yichuang.client.queue.counter;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.beans.PropertyChangeListener;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.queue.TicketStatus;

/**
 * The counter-top display (窗口屏): an undecorated window for the counter's own second screen, facing the applicants.
 * It shows the counter and the ticket called or served there, or 暂停服务, in type large enough to read across the
 * hall — never a name or a document number (the panel's state holds none).
 */
public final class CounterTopDisplay extends JFrame {
    /** Component names for tests. */
    public static final String NAME = "counter.display";
    public static final String COUNTER_LABEL = "counter.display.counter";
    public static final String NUMBER_LABEL = "counter.display.number";
    public static final String STATUS_LABEL = "counter.display.status";

    private final Messages messages;
    private final CounterPresenter counter;
    private final JLabel counterName = new JLabel("", SwingConstants.CENTER);
    private final JLabel number = new JLabel("", SwingConstants.CENTER);
    private final JLabel status = new JLabel("", SwingConstants.CENTER);
    private final PropertyChangeListener follow;

    /** Builds the display for the counter named {@code counterTitle} (e.g. 3号综合窗口). */
    public CounterTopDisplay(Messages messages, CounterPresenter counter, String counterTitle) {
        super(messages.text("counter.display.title", counterTitle));
        this.messages = messages;
        this.counter = counter;
        setName(NAME);
        setUndecorated(true);
        // FlatLaf paints its own title bar on Linux (ClientApp decorates every frame): none on the applicants' screen
        getRootPane().setWindowDecorationStyle(javax.swing.JRootPane.NONE);
        // it faces the applicants: the clerk's keys (F11 …) must stay with the main window, so it never takes focus
        setFocusableWindowState(false);
        setAutoRequestFocus(false);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        counterName.setName(COUNTER_LABEL);
        number.setName(NUMBER_LABEL);
        status.setName(STATUS_LABEL);
        counterName.setText(counterTitle);
        Color background = Forms.color("Yichuang.counterDisplay.background");
        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(background);
        content.setBorder(BorderFactory.createEmptyBorder(16, 24, 16, 24));
        counterName.setForeground(Forms.color("Yichuang.counterDisplay.foreground"));
        status.setForeground(Forms.color("Yichuang.counterDisplay.foreground"));
        content.add(counterName, BorderLayout.PAGE_START);
        content.add(number, BorderLayout.CENTER);
        content.add(status, BorderLayout.PAGE_END);
        setContentPane(content);
        content.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                scaleFonts();
            }
        });
        follow = e -> show(counter.state());
        counter.addPropertyChangeListener(CounterPresenter.Property.STATE, follow);
        show(counter.state());
        placeOnSecondScreen();
    }

    @Override
    public void dispose() {
        counter.removePropertyChangeListener(follow);
        super.dispose();
    }

    private void show(CounterState s) {
        TicketView t = s.current();
        if (s.paused()) {
            number.setText(messages.text("counter.display.paused"));
            number.setForeground(Forms.color("Yichuang.counterDisplay.paused"));
            status.setText(messages.text("counter.display.pausedHint"));
        } else if (t == null) {
            number.setText(messages.text("counter.display.welcome"));
            number.setForeground(Forms.color("Yichuang.counterDisplay.foreground"));
            status.setText(messages.text("counter.display.waitHint"));
        } else {
            number.setText(t.number());
            number.setForeground(Forms.color("Yichuang.counterDisplay.accent"));
            status.setText(t.status() == TicketStatus.SERVING ? messages.text("counter.display.serving")
                    : messages.text("counter.display.called", t.number()));
        }
        scaleFonts();
    }

    /** Type sized to the window: the number fills about half its height, whatever screen it is on. */
    private void scaleFonts() {
        int h = Math.max(200, getContentPane().getHeight());
        Font base = number.getFont();
        boolean ticket = counter.state().current() != null && !counter.state().paused();
        number.setFont(base.deriveFont(Font.BOLD, ticket ? h * 0.42f : h * 0.22f));
        counterName.setFont(base.deriveFont(Font.BOLD, h * 0.1f));
        status.setFont(base.deriveFont(Font.PLAIN, h * 0.08f));
    }

    /** On a second screen: all of it; with one screen: a quarter of it, top right, for a try-out. */
    private void placeOnSecondScreen() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice main = env.getDefaultScreenDevice();
        for (GraphicsDevice d : env.getScreenDevices()) {
            if (d != main) {
                GraphicsConfiguration gc = d.getDefaultConfiguration();
                setBounds(gc.getBounds());
                return;
            }
        }
        Rectangle screen = main.getDefaultConfiguration().getBounds();
        int w = Math.max(640, screen.width / 2);
        int h = w * 9 / 16;
        setBounds(screen.x + screen.width - w, screen.y, w, h);
    }
}
