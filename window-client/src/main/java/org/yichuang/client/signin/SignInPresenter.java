package org.yichuang.client.signin;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.SessionInfo;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** State of the sign-in (登录) dialog: server, counter, user and password; signs in through BackgroundTasks. */
public final class SignInPresenter extends ObservableModel<SignInPresenter.Property> {
    /** Observable properties. */
    public enum Property { SERVER_URL, COUNTER_NO, USERNAME, PASSWORD_ENTERED, BUSY, ERROR_MESSAGE, CAN_SUBMIT }

    /** The field an error concerns: the dialog focuses it, selects its text and outlines it in red. */
    public enum Field { SERVER_URL, COUNTER_NO, USERNAME, PASSWORD }

    /** Used when nothing is remembered yet: the demo server on this PC. */
    public static final String DEFAULT_SERVER_URL = "http://127.0.0.1:8080";

    private final ClientPrefs prefs;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final HallApiConnector connector;
    private final Consumer<Session> onSignedIn;

    private String serverUrl;
    private String counterNo;
    private String username;
    private char[] password = new char[0];
    private boolean busy;
    private String errorMessage;
    private Field errorField;
    private boolean canSubmit;
    private BackgroundTasks.TaskHandle pending;

    /** Creates the presenter with the remembered server, counter and user. */
    public SignInPresenter(ClientPrefs prefs, Messages messages, BackgroundTasks tasks, HallApiConnector connector,
            Consumer<Session> onSignedIn) {
        this.prefs = prefs;
        this.messages = messages;
        this.tasks = tasks;
        this.connector = connector;
        this.onSignedIn = onSignedIn;
        this.serverUrl = prefs.get(ClientPrefs.KEY_SERVER_URL).orElse(DEFAULT_SERVER_URL);
        this.counterNo = prefs.get(ClientPrefs.KEY_COUNTER_NO).orElse("");
        this.username = prefs.get(ClientPrefs.KEY_USERNAME).orElse("");
        this.canSubmit = computeCanSubmit();
    }

    /** Returns the server URL as typed. */
    public String serverUrl() {
        return serverUrl;
    }

    /** Returns the counter (窗口) number as typed; blank for staff without a counter. */
    public String counterNo() {
        return counterNo;
    }

    /** Returns the staff user name as typed. */
    public String username() {
        return username;
    }

    /** Returns true while signing in. */
    public boolean isBusy() {
        return busy;
    }

    /** Returns the message to show under the form, or null. */
    public String errorMessage() {
        return errorMessage;
    }

    /** Returns the field the current error concerns, or null when there is no error. */
    public Field errorField() {
        return errorField;
    }

    /** Returns true when the form is complete and no sign-in is running. */
    public boolean canSubmit() {
        return canSubmit;
    }

    /** Sets the server URL. */
    public void setServerUrl(String value) {
        String old = serverUrl;
        serverUrl = value == null ? "" : value;
        fire(Property.SERVER_URL, old, serverUrl);
        changed();
    }

    /** Sets the counter number. */
    public void setCounterNo(String value) {
        String old = counterNo;
        counterNo = value == null ? "" : value;
        fire(Property.COUNTER_NO, old, counterNo);
        changed();
    }

    /** Sets the user name. */
    public void setUsername(String value) {
        String old = username;
        username = value == null ? "" : value;
        fire(Property.USERNAME, old, username);
        changed();
    }

    /** Sets the password; the presenter keeps its own copy and wipes it after each attempt. */
    public void setPassword(char[] value) {
        boolean old = password.length > 0;
        Arrays.fill(password, '\0');
        password = value == null ? new char[0] : value.clone();
        fire(Property.PASSWORD_ENTERED, old, password.length > 0);
        changed();
    }

    /** Signs in off the EDT; on success hands the session on, on failure shows why and stays open. */
    public void signIn() {
        if (!canSubmit) {
            return;
        }
        URI server = parseServer(serverUrl.strip());
        if (server == null) {
            setError(messages.text("signIn.error.serverUrl"), Field.SERVER_URL);
            return;
        }
        Integer counter;
        try {
            counter = counterNo.isBlank() ? null : Integer.valueOf(counterNo.strip());
            if (counter != null && counter <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            setError(messages.text("signIn.error.counterNo"), Field.COUNTER_NO);
            return;
        }
        prefs.put(ClientPrefs.KEY_SERVER_URL, serverUrl.strip());
        prefs.put(ClientPrefs.KEY_COUNTER_NO, counter == null ? null : counter.toString());
        prefs.put(ClientPrefs.KEY_USERNAME, username.strip());
        prefs.flush();
        SignInRequest request = new SignInRequest(username.strip(), new String(password), counter);
        String url = server.toString();
        setError(null, null);
        setBusy(true);
        pending = tasks.submit(() -> {
            HallApi api = connector.connect(server);
            SessionInfo info = api.signIn(request);
            return new Session(api, info, url);
        }, session -> {
            setBusy(false);
            setPassword(null);
            onSignedIn.accept(session);
        }, failure -> {
            // the error first: when BUSY ends, the dialog puts the caret where the error is
            setError(messages.errorMessage(failure), fieldOf(failure));
            setBusy(false);
        });
    }

    /** Abandons a running sign-in (the dialog was closed). */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        setBusy(false);
    }

    /** Clears the password and message for a new sign-in after signing out. */
    public void reset() {
        setPassword(null);
        setError(null, null);
    }

    /** Which field to correct: the server for connection trouble, the counter for counter errors, else the password. */
    private static Field fieldOf(Throwable failure) {
        ErrorCode code = failure instanceof DomainException d ? d.code() : null;
        if (code == null) {
            return Field.PASSWORD;
        }
        return switch (code) {
            case SERVER_UNREACHABLE -> Field.SERVER_URL;
            case COUNTER_REQUIRED, COUNTER_NOT_FOUND -> Field.COUNTER_NO;
            case AUTH_DISABLED -> Field.USERNAME;
            default -> Field.PASSWORD;
        };
    }

    private static URI parseServer(String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
        changed();
    }

    private void setError(String message, Field field) {
        String old = errorMessage;
        errorMessage = message;
        errorField = message == null ? null : field;
        fire(Property.ERROR_MESSAGE, old, errorMessage);
    }

    private void changed() {
        boolean old = canSubmit;
        canSubmit = computeCanSubmit();
        fire(Property.CAN_SUBMIT, old, canSubmit);
    }

    private boolean computeCanSubmit() {
        return !busy && !serverUrl.isBlank() && !username.isBlank() && password.length > 0;
    }

    @Override
    public String toString() {
        return "SignInPresenter[" + Objects.toString(username) + "@" + serverUrl + "]";
    }
}
