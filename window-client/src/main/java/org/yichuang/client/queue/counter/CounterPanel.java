package org.yichuang.client.queue.counter;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.queue.TicketView;

/**
 * The counter's queue bar (窗口叫号), above the work area: the current ticket (number, category, waited time, calls),
 * the waiting counts of the counter's categories, and one button per command with its F-key
 * (docs/counter-keys.md). The keys act anywhere in the main window.
 */
public final class CounterPanel extends JPanel {
    /** Component names for tests. */
    public static final String NAME = "counter.panel";
    public static final String TICKET_LABEL = "counter.ticket";
    public static final String DETAIL_LABEL = "counter.detail";
    public static final String WAITING_LABEL = "counter.waiting";
    public static final String NOTICE_LABEL = "counter.notice";
    public static final String MISSED_LABEL = "counter.missedReason";
    public static final String LIVE_LABEL = "counter.live";
    public static final String NUMBER_FIELD = "counter.number";
    public static final String CALL_NEXT_BUTTON = "counter.callNext";
    public static final String CALL_NUMBER_BUTTON = "counter.callNumber";
    public static final String RECALL_BUTTON = "counter.recall";
    public static final String START_BUTTON = "counter.start";
    public static final String FINISH_BUTTON = "counter.finish";
    public static final String MISSED_BUTTON = "counter.missed";
    public static final String HOLD_BUTTON = "counter.hold";
    public static final String TRANSFER_BUTTON = "counter.transfer";
    public static final String PAUSE_BUTTON = "counter.pause";

    private final Messages messages;
    private final CounterPresenter counter;
    private final JLabel ticket = new JLabel();
    private final JLabel detail = new JLabel();
    private final JLabel waiting = new JLabel();
    private final JLabel notice = new JLabel(" ");
    private final JLabel missedReason = new JLabel(" ");
    private final JLabel live = new JLabel();
    private final JTextField number = new JTextField(6);
    private final Timer clock;

    /** Builds the bar around the presenter's actions. */
    public CounterPanel(Messages messages, CounterPresenter counter, CounterActions actions) {
        super(new BorderLayout(0, 2));
        this.messages = messages;
        this.counter = counter;
        setName(NAME);
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(4, 12, 4, 16)));
        ticket.setName(TICKET_LABEL);
        detail.setName(DETAIL_LABEL);
        waiting.setName(WAITING_LABEL);
        notice.setName(NOTICE_LABEL);
        missedReason.setName(MISSED_LABEL);
        live.setName(LIVE_LABEL);
        number.setName(NUMBER_FIELD);
        number.putClientProperty("JTextField.placeholderText", messages.text("counter.number.placeholder"));
        Forms.styled(ticket, "h3");
        Forms.styled(waiting, "semibold");
        Forms.styled(live, "small");
        Forms.styled(missedReason, "small");
        missedReason.setForeground(Forms.color("Yichuang.muted.foreground"));
        live.setForeground(Forms.color("Yichuang.muted.foreground"));

        // two rows, so the intake form below keeps its height at 1366×768: the ticket, the last notice, why 过号 is not
        // allowed yet and the waiting counts; then the commands with their keys, all of them on one line at 1366
        JPanel info = new JPanel(new FlowLayout(FlowLayout.LEADING, 12, 0));
        info.add(ticket);
        info.add(detail);
        info.add(notice);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 12, 0));
        right.add(missedReason);
        right.add(waiting);
        right.add(live);
        JPanel top = new JPanel(new BorderLayout());
        top.add(info, BorderLayout.CENTER);
        top.add(right, BorderLayout.LINE_END);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(button(actions.callNext(), CALL_NEXT_BUTTON));
        buttons.add(number);
        buttons.add(button(actions.callNumber(), CALL_NUMBER_BUTTON));
        buttons.add(button(actions.recall(), RECALL_BUTTON));
        buttons.add(button(actions.start(), START_BUTTON));
        buttons.add(button(actions.finish(), FINISH_BUTTON));
        buttons.add(button(actions.missed(), MISSED_BUTTON));
        buttons.add(button(actions.hold(), HOLD_BUTTON));
        buttons.add(button(actions.transfer(), TRANSFER_BUTTON));
        buttons.add(button(actions.pause(), PAUSE_BUTTON));
        add(top, BorderLayout.PAGE_START);
        add(buttons, BorderLayout.CENTER);

        actions.callNumber().setField(new CallTicketNumberAction.NumberField() {
            @Override
            public String text() {
                return number.getText();
            }

            @Override
            public void focus() {
                number.requestFocusInWindow();
                number.selectAll();
            }
        });
        // Enter in the number field calls it (a scanner ends the number with Enter)
        number.addActionListener(actions.callNumber());
        for (Action a : actions.all()) {
            bindKey((KeyStroke) a.getValue(Action.ACCELERATOR_KEY), a);
        }
        counter.addPropertyChangeListener(CounterPresenter.Property.STATE, e -> {
            CounterState before = (CounterState) e.getOldValue();
            CounterState after = (CounterState) e.getNewValue();
            if (before.current() == null && after.current() != null) {
                number.setText("");   // called: the typed number has served its purpose
            }
            show(after);
        });
        clock = new Timer(1000, e -> counter.tick());
        show(counter.state());
    }

    @Override
    public void addNotify() {
        super.addNotify();
        clock.start();
    }

    @Override
    public void removeNotify() {
        clock.stop();
        super.removeNotify();
    }

    private JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setFocusable(false);   // the keyboard stays in the intake form; the keys reach the bar anyway
        b.setHideActionText(true);
        KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        Runnable label = () -> b.setText("<html>" + escape((String) action.getValue(Action.NAME))
                + (key == null ? "" : " <font size=\"-2\" color=\"" + hex(Forms.color("Yichuang.muted.foreground"))
                + "\">" + keyText(key) + "</font>") + "</html>");
        label.run();
        action.addPropertyChangeListener(e -> {
            if (Action.NAME.equals(e.getPropertyName())) {
                label.run();
            }
        });
        return b;
    }

    private static String hex(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The key as the clerk reads it: F11, Shift+F4. */
    static String keyText(KeyStroke key) {
        String mods = java.awt.event.InputEvent.getModifiersExText(key.getModifiers());
        String k = java.awt.event.KeyEvent.getKeyText(key.getKeyCode());
        return mods.isEmpty() ? k : mods + "+" + k;
    }

    private void bindKey(KeyStroke stroke, Action action) {
        if (stroke == null) {
            return;
        }
        String key = "counter." + action.getValue(Action.ACTION_COMMAND_KEY);
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, key);
        getActionMap().put(key, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                // an accelerator acts only when its command may: the disabled button's rule applies to the key too
                if (action.isEnabled()) {
                    action.actionPerformed(e);
                }
            }
        });
    }

    private void show(CounterState s) {
        TicketView t = s.current();
        if (!s.loaded()) {
            ticket.setText(messages.text("counter.loading"));
            detail.setText(" ");
        } else if (t == null) {
            ticket.setText(messages.text(s.paused() ? "counter.paused" : "counter.idle"));
            detail.setText(" ");
        } else {
            ticket.setText(t.number());
            detail.setText(messages.text("counter.detail", t.categoryName(), t.status().label(),
                    minutes(s.waited()), t.callCount()));
        }
        Map<String, Integer> counts = s.queue() == null ? Map.of() : s.queue().waiting();
        waiting.setText(counts.isEmpty() ? " " : messages.text("counter.waiting", counts.entrySet().stream()
                .map(c -> messages.text("counter.waiting.one", counter.categoryName(c.getKey()), c.getValue()))
                .collect(Collectors.joining("　"))));
        live.setText(messages.text("counter.live." + s.live().name()));
        CounterState.Notice n = s.notice();
        if (n != null && n.error()) {
            Forms.showError(notice, n.text());
        } else {
            notice.setIcon(null);
            notice.putClientProperty(Forms.ERROR_SHOWN, false);
            notice.setForeground(Forms.color("Yichuang.success.foreground"));
            notice.setText(n == null ? " " : n.text());
        }
        String why = t == null || s.mayMarkMissed() ? null : counter.missedBlockedReason();
        missedReason.setText(why == null || t == null || t.status() != org.yichuang.core.queue.TicketStatus.CALLED
                ? " " : why);
    }

    private String minutes(Duration d) {
        long m = d.toMinutes();
        return m < 1 ? messages.text("counter.waited.seconds", d.toSeconds())
                : messages.text("counter.waited.minutes", m);
    }

    /** Puts the keyboard in the number field (for 指定叫号). */
    public void focusNumber() {
        number.requestFocusInWindow();
    }
}
