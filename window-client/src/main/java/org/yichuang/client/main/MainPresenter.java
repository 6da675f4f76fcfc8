package org.yichuang.client.main;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.yichuang.client.signin.Session;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.Theme;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;

/** State of the main window: the session, the connection and the theme; signs out through BackgroundTasks. */
public final class MainPresenter extends ObservableModel<MainPresenter.Property> {
    /** Observable properties. */
    public enum Property { CONNECTION, BUSY, THEME, SIGNED_OUT }

    /** What the main window's work area shows (工作区). */
    public enum WorkArea {
        /** 收件受理 at the counter the staff member signed in at. */
        INTAKE,
        /** 事项管理, for an administrator signed in without a counter. */
        CATALOG_ADMIN,
        /** 办件 only, for anyone else signed in without a counter (监察, 后台): there is no counter to receive at. */
        CASES
    }

    private final Session session;
    private final BackgroundTasks tasks;
    private final Runnable onSignedOut;
    private final BackgroundTasks.TaskListener taskListener;
    private ConnectionState connection = ConnectionState.ONLINE;
    private boolean busy;
    private Theme theme;
    private boolean signedOut;
    private final List<BooleanSupplier> leaveGuards = new CopyOnWriteArrayList<>();

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

    /** Returns true when the staff member is a system administrator (系统管理员). */
    public boolean isAdmin() {
        return session.info().staff().roles().contains(Role.ADMIN);
    }

    /**
     * Returns the work area: catalog administration for an administrator without a counter, the 办件 page for anyone
     * else without one, else intake.
     */
    public WorkArea workArea() {
        if (session.info().counter() != null) {
            return WorkArea.INTAKE;
        }
        return isAdmin() ? WorkArea.CATALOG_ADMIN : WorkArea.CASES;
    }

    /** Returns true when catalog administration opens in its own window (an administrator at a counter). */
    public boolean opensCatalogInWindow() {
        return isAdmin() && workArea() == WorkArea.INTAKE;
    }

    /** Registers a question to ask before signing out or quitting (unsaved catalog changes). */
    public void addLeaveGuard(BooleanSupplier guard) {
        leaveGuards.add(guard);
    }

    /** Removes a question registered with {@link #addLeaveGuard}. */
    public void removeLeaveGuard(BooleanSupplier guard) {
        leaveGuards.remove(guard);
    }

    /** Asks every guard; true when the window may be left. */
    public boolean confirmLeave() {
        for (BooleanSupplier guard : leaveGuards) {
            if (!guard.getAsBoolean()) {
                return false;
            }
        }
        return true;
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
        if (signedOut || !confirmLeave()) {
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
