package org.yichuang.client.main;

import org.yichuang.client.signin.Session;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

/** State of the main window: the session, the connection and the theme; signs out through BackgroundTasks. */
public final class MainPresenter extends ObservableModel<MainPresenter.Property> {
    /** Observable properties. */
    public enum Property { CONNECTION, BUSY, THEME, SIGNED_OUT }

    private final Session session;
    private final BackgroundTasks tasks;
    private final Runnable onSignedOut;
    private final BackgroundTasks.TaskListener taskListener;
    private ConnectionState connection = ConnectionState.ONLINE;
    private boolean busy;
    private Theme theme;
    private boolean signedOut;

    /** Creates the presenter for a fresh session; {@code onSignedOut} runs once after signing out. */
    public MainPresenter(Session session, BackgroundTasks tasks, Theme theme, Runnable onSignedOut) {
        this.session = session;
        this.tasks = tasks;
        this.theme = theme;
        this.onSignedOut = onSignedOut;
        this.busy = tasks.isBusy();
        this.taskListener = new BackgroundTasks.TaskListener() {
            @Override
            public void busyChanged(boolean value) {
                setBusy(value);
            }

            @Override
            public void succeeded() {
                setConnection(ConnectionState.ONLINE);
            }

            @Override
            public void failed(Throwable failure) {
                if (failure instanceof ApiException api) {
                    setConnection(api.code() == ErrorCode.SERVER_UNREACHABLE
                            ? ConnectionState.OFFLINE : ConnectionState.ONLINE);
                }
            }
        };
        tasks.addListener(taskListener);
    }

    /** Returns the signed-in session. */
    public Session session() {
        return session;
    }

    /** Returns the connection state. */
    public ConnectionState connection() {
        return connection;
    }

    /** Returns true while any background task runs. */
    public boolean isBusy() {
        return busy;
    }

    /** Returns the current theme. */
    public Theme theme() {
        return theme;
    }

    /** Returns true once signed out. */
    public boolean isSignedOut() {
        return signedOut;
    }

    /** Switches between light and dark; the view applies it. */
    public void toggleTheme() {
        Theme old = theme;
        theme = theme.toggled();
        fire(Property.THEME, old, theme);
    }

    /** Signs out (退出登录) off the EDT; the session ends locally even when the server cannot be told. */
    public void signOut() {
        if (signedOut) {
            return;
        }
        tasks.submit(() -> {
            session.api().signOut();
            return Boolean.TRUE;
        }, ok -> finishSignOut(), failure -> finishSignOut());
    }

    private void finishSignOut() {
        if (!signedOut) {
            signedOut = true;
            tasks.removeListener(taskListener);
            fire(Property.SIGNED_OUT, false, true);
            onSignedOut.run();
        }
    }

    void setConnection(ConnectionState value) {
        ConnectionState old = connection;
        connection = value;
        fire(Property.CONNECTION, old, connection);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
    }
}
