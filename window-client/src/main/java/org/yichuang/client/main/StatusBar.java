package org.yichuang.client.main;

import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.SessionInfo;

/** The status bar (状态栏): connection, hall, counter and staff, and a busy indicator. */
final class StatusBar extends JPanel {
    private final JLabel connection = new JLabel();
    private final JProgressBar busy = new JProgressBar();
    private final Messages messages;

    StatusBar(Messages messages, MainPresenter presenter) {
        super(new FlowLayout(FlowLayout.LEADING, 10, 3));
        this.messages = messages;
        setName(MainFrame.STATUS_BAR);
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, Forms.color("Yichuang.statusBar.borderColor")),
                BorderFactory.createEmptyBorder(2, 6, 2, 6)));
        connection.setName(MainFrame.CONNECTION_LABEL);
        SessionInfo info = presenter.session().info();
        CounterInfo counter = info.counter();

        add(connection);
        add(separator());
        if (counter != null) {
            JLabel hall = small(counter.hallName());
            add(hall);
            add(separator());
            JLabel counterLabel = small(messages.text("status.counter", counter.number(), counter.name()));
            counterLabel.setName(MainFrame.COUNTER_LABEL);
            add(counterLabel);
            add(separator());
        }
        JLabel staff = small(messages.text("status.staff", info.staff().displayName(), info.staff().username()));
        staff.setName(MainFrame.STAFF_LABEL);
        add(staff);
        add(separator());
        add(small(messages.text("status.server", presenter.session().serverUrl())));
        busy.setIndeterminate(true);
        busy.setPreferredSize(new java.awt.Dimension(80, 8));
        busy.setVisible(presenter.isBusy());
        add(busy);

        showConnection(presenter.connection());
        presenter.addPropertyChangeListener(MainPresenter.Property.CONNECTION, e -> showConnection(presenter.connection()));
        presenter.addPropertyChangeListener(MainPresenter.Property.BUSY, e -> busy.setVisible(presenter.isBusy()));
    }

    private void showConnection(ConnectionState state) {
        boolean online = state == ConnectionState.ONLINE;
        connection.setText("● " + messages.text(online ? "status.online" : "status.offline"));
        connection.setForeground(Forms.color(online ? "Yichuang.status.online" : "Yichuang.status.offline"));
        Forms.styled(connection, "small");
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (connection != null) {
            setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createMatteBorder(1, 0, 0, 0, Forms.color("Yichuang.statusBar.borderColor")),
                    BorderFactory.createEmptyBorder(2, 6, 2, 6)));
            connection.setForeground(Forms.color(connection.getText().contains(messages.text("status.online"))
                    ? "Yichuang.status.online" : "Yichuang.status.offline"));
        }
    }

    private static JLabel small(String text) {
        return Forms.styled(new JLabel(text), "small");
    }

    private static JSeparator separator() {
        JSeparator s = new JSeparator(SwingConstants.VERTICAL);
        s.setPreferredSize(new java.awt.Dimension(2, 14));
        return s;
    }
}
