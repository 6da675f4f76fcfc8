package org.yichuang.client.admin;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.WindowConstants;
import org.yichuang.client.ui.Messages;

/** The catalog administration in its own window, for staff who also work at a counter (窗口 + 管理员). */
public final class CatalogAdminFrame extends JFrame {
    /** Component name for tests. */
    public static final String NAME = "admin.frame";

    /** Builds the window around {@code admin}; {@code onClosed} runs once it is closed. */
    public CatalogAdminFrame(Messages messages, CatalogAdmin admin, Runnable onClosed) {
        super(messages.text("admin.frame.title"));
        setName(NAME);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (admin.confirmClose()) {
                    closeNow();
                }
            }

            @Override
            public void windowClosed(WindowEvent e) {
                admin.dispose();
                onClosed.run();
            }
        });
        JMenuBar bar = new JMenuBar();
        bar.add(admin.menu());
        setJMenuBar(bar);
        setContentPane(admin.panel());
        setSize(1360, 860);
        setLocationByPlatform(true);
    }

    /** Closes without asking (the session ends). */
    public void closeNow() {
        dispose();
    }
}
