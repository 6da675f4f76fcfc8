package org.yichuang.client.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The client's user-visible texts: {@code messages} and {@code actions} bundles for one locale.
 *
 * <p>Simplified Chinese lives in the base bundles, so a counter PC set to any language still shows Chinese
 * unless English is asked for explicitly.
 */
public final class Messages {
    private static final String MESSAGES = "org.yichuang.client.i18n.messages";
    private static final String ACTIONS = "org.yichuang.client.i18n.actions";
    // No fallback to the JVM's default locale: an English Linux must not turn the counter client English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle messages;
    private final ResourceBundle actions;

    /** Loads the bundles for {@code locale}. */
    public Messages(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(MESSAGES, locale, CONTROL);
        this.actions = ResourceBundle.getBundle(ACTIONS, locale, CONTROL);
    }

    /** Returns the locale of the texts. */
    public Locale locale() {
        return locale;
    }

    /** Returns the message for {@code key}, formatted with {@code args} when there are any. */
    public String text(String key, Object... args) {
        String pattern = messages.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Returns the action text for {@code key} (e.g. {@code SignInAction.name}), or null when absent. */
    public String actionText(String key) {
        return actions.containsKey(key) ? actions.getString(key) : null;
    }

    /**
     * Returns a message for a failure: the bundle's {@code error.<CODE>}, else the exception's own message. A
     * printer failure keeps its own message in Chinese: only this PC knows which printer and why, and the bundle's
     * "打印机不可用" would hide both.
     */
    public String errorMessage(Throwable failure) {
        if (failure instanceof DomainException d) {
            if (d.code() == ErrorCode.PRINTER_UNAVAILABLE && d.getMessage() != null
                    && !d.getMessage().equals(d.code().defaultMessage())) {
                return locale.getLanguage().equals("en")
                        ? errorMessage(d.code(), null) + " (" + d.getMessage() + ")" : d.getMessage();
            }
            return errorMessage(d.code(), d.getMessage());
        }
        return text("error.unexpected");
    }

    /** Returns the bundle's text for {@code code}, else {@code fallback} (the server's Chinese message). */
    public String errorMessage(ErrorCode code, String fallback) {
        String key = "error." + code.name();
        if (messages.containsKey(key)) {
            return messages.getString(key);
        }
        if (fallback != null && !fallback.isBlank()) {
            return fallback;
        }
        return code.defaultMessage();
    }

    /** Returns true when the bundle has {@code key}; used by tests that check coverage. */
    public boolean has(String key) {
        try {
            messages.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
