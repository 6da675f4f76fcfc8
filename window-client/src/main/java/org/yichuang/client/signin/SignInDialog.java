package org.yichuang.client.signin;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import org.yichuang.client.ui.Forms;
import org.yichuang.client.ui.Messages;

/** The sign-in (登录) dialog: widgets and bindings only; {@link SignInPresenter} holds the state. */
public final class SignInDialog extends JDialog {
    /** Component names for tests. */
    public static final String NAME = "signIn.dialog";
    public static final String SERVER_URL_FIELD = "signIn.serverUrl";
    public static final String COUNTER_FIELD = "signIn.counterNo";
    public static final String USERNAME_FIELD = "signIn.username";
    public static final String PASSWORD_FIELD = "signIn.password";
    public static final String SIGN_IN_BUTTON = "signIn.submit";
    public static final String QUIT_BUTTON = "signIn.quit";
    public static final String ERROR_LABEL = "signIn.error";

    private final JTextField serverUrl = new JTextField(24);
    private final JTextField counterNo = new JTextField(6);
    private final JTextField username = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JLabel error = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();

    /** Builds the dialog; {@code onQuit} runs when the clerk closes it without signing in. */
    public SignInDialog(Messages messages, SignInPresenter presenter, SignInAction signIn, Runnable onQuit) {
        super((java.awt.Frame) null, messages.text("signIn.title"), true);
        setName(NAME);
        setModalityType(ModalityType.MODELESS);   // the only window until sign-in; modality would block tests
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                presenter.cancel();
                onQuit.run();
            }
        });

        serverUrl.setName(SERVER_URL_FIELD);
        counterNo.setName(COUNTER_FIELD);
        username.setName(USERNAME_FIELD);
        password.setName(PASSWORD_FIELD);
        error.setName(ERROR_LABEL);
        Forms.showError(error, null);
        serverUrl.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, SignInPresenter.DEFAULT_SERVER_URL);
        counterNo.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, messages.text("signIn.counterNo.placeholder"));
        password.putClientProperty(FlatClientProperties.STYLE, "showRevealButton: true");
        progress.setIndeterminate(true);
        progress.setPreferredSize(new java.awt.Dimension(96, progress.getPreferredSize().height));
        progress.setVisible(false);

        JPanel header = new JPanel();
        header.setLayout(new BoxLayout(header, BoxLayout.PAGE_AXIS));
        header.add(Forms.styled(new JLabel(messages.text("app.name")), "h1"));
        JLabel subtitle = Forms.styled(new JLabel(messages.text("signIn.subtitle")), "light");
        subtitle.setForeground(Forms.color("Yichuang.muted.foreground"));
        header.add(subtitle);
        header.setBorder(BorderFactory.createEmptyBorder(0, 0, 16, 0));

        JPanel form = new JPanel(new GridBagLayout());
        addRow(form, 0, Forms.label(messages.text("signIn.serverUrl"), serverUrl), serverUrl);
        addRow(form, 1, Forms.label(messages.text("signIn.counterNo"), counterNo), counterNo);
        addRow(form, 2, Forms.label(messages.text("signIn.username"), username), username);
        addRow(form, 3, Forms.label(messages.text("signIn.password"), password), password);
        form.add(error, Forms.hintAt(4));

        JButton submit = new JButton(signIn);
        submit.setName(SIGN_IN_BUTTON);
        JButton quit = new JButton(messages.text("signIn.quit"));
        quit.setName(QUIT_BUTTON);
        quit.addActionListener(e -> {
            presenter.cancel();
            onQuit.run();
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        buttons.add(progress);
        buttons.add(quit);
        buttons.add(submit);
        buttons.setBorder(BorderFactory.createEmptyBorder(12, 0, 0, 0));

        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(24, 28, 20, 28));
        content.add(header, BorderLayout.PAGE_START);
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.PAGE_END);
        setContentPane(content);
        getRootPane().setDefaultButton(submit);   // Enter signs in from any field

        bind(presenter);
        pack();
        setResizable(false);
        setLocationRelativeTo(null);
    }

    private static void addRow(JPanel form, int row, JLabel label, JComponent field) {
        form.add(label, Forms.labelAt(row));
        form.add(field, Forms.fieldAt(row));
    }

    private void bind(SignInPresenter presenter) {
        serverUrl.setText(presenter.serverUrl());
        counterNo.setText(presenter.counterNo());
        username.setText(presenter.username());
        Forms.onTextChange(serverUrl, presenter::setServerUrl);
        Forms.onTextChange(counterNo, presenter::setCounterNo);
        Forms.onTextChange(username, presenter::setUsername);
        Forms.onTextChange(password, t -> presenter.setPassword(password.getPassword()));
        presenter.addPropertyChangeListener(e -> {
            switch (SignInPresenter.Property.valueOf(e.getPropertyName())) {
                case SERVER_URL -> Forms.setTextIfDifferent(serverUrl, presenter.serverUrl());
                case COUNTER_NO -> Forms.setTextIfDifferent(counterNo, presenter.counterNo());
                case USERNAME -> Forms.setTextIfDifferent(username, presenter.username());
                case PASSWORD_ENTERED -> {
                    if (!(Boolean) e.getNewValue() && password.getPassword().length > 0) {
                        password.setText("");
                    }
                }
                case ERROR_MESSAGE -> showError(presenter);
                case BUSY -> {
                    boolean busy = presenter.isBusy();
                    progress.setVisible(busy);
                    for (JComponent c : new JComponent[] {serverUrl, counterNo, username, password}) {
                        c.setEnabled(!busy);
                    }
                    if (!busy) {
                        focusError(presenter);   // disabling the fields had moved the focus on to 退出
                    }
                }
                default -> { }
            }
        });
    }

    private void showError(SignInPresenter presenter) {
        Forms.showError(error, presenter.errorMessage());
        for (SignInPresenter.Field f : SignInPresenter.Field.values()) {
            Forms.outlineError(field(f), f == presenter.errorField());
        }
        pack();   // a long message (account locked) must not be cut off
        if (!presenter.isBusy()) {
            focusError(presenter);   // errors found before asking the server (counter number, URL)
        }
    }

    private void focusError(SignInPresenter presenter) {
        if (presenter.errorField() != null) {
            JTextField wrong = field(presenter.errorField());
            wrong.requestFocusInWindow();
            wrong.selectAll();
        }
    }

    private JTextField field(SignInPresenter.Field f) {
        return switch (f) {
            case SERVER_URL -> serverUrl;
            case COUNTER_NO -> counterNo;
            case USERNAME -> username;
            case PASSWORD -> password;
        };
    }

    /** Puts the caret where the clerk starts typing: the password when the rest is remembered. */
    public void focusFirstEmptyField() {
        JTextField[] order = {serverUrl, counterNo, username};
        for (JTextField f : order) {
            if (f.getText().isBlank() && f != counterNo) {
                f.requestFocusInWindow();
                return;
            }
        }
        password.requestFocusInWindow();
    }
}
