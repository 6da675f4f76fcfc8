package org.yichuang.client.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The client's remembered settings in {@code java.util.prefs} (node {@code org/yichuang/client}).
 *
 * <p>Never stores the password.
 */
public final class ClientPrefs {
    /** The node production uses. */
    public static final String NODE = "org/yichuang/client";
    /** Server URL last signed in to. */
    public static final String KEY_SERVER_URL = "serverUrl";
    /** Counter (窗口) number last signed in at. */
    public static final String KEY_COUNTER_NO = "counterNo";
    /** Staff user name last signed in with. */
    public static final String KEY_USERNAME = "username";
    /** Theme: {@code light} or {@code dark}. */
    public static final String KEY_THEME = "theme";
    /** Exact printer (queue) name for receipts and A4 notices; absent means the system default printer. */
    public static final String KEY_PRINTER = "receiptPrinter";
    /** Exact printer (queue) name of the counter's 80 mm thermal printer (小票打印机); absent means none. */
    public static final String KEY_PRINTER_80MM = "receiptPrinter80mm";
    /** Main window bounds as {@code x,y,width,height}. */
    public static final String KEY_WINDOW_BOUNDS = "windowBounds";

    /**
     * Prefix of the card-reader settings (读卡器设置), kept per counter: {@code identityReader.<counter>.<setting>}.
     * A PC moved to another counter keeps what each counter's reader needs.
     */
    public static final String KEY_IDENTITY_READER = "identityReader";

    private final Preferences node;

    /** Wraps {@code node}; production passes {@code Preferences.userRoot().node(NODE)}. */
    public ClientPrefs(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** Returns the production node. */
    public static ClientPrefs userNode() {
        return new ClientPrefs(Preferences.userRoot().node(NODE));
    }

    /** Returns the value for {@code key}, if set and not blank. */
    public Optional<String> get(String key) {
        String v = node.get(key, null);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** Sets {@code key}, or removes it when {@code value} is null or blank. */
    public void put(String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    /** Writes the settings out now; failures are ignored because prefs are a convenience. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // a read-only home must not stop the counter from working
        }
    }
}
