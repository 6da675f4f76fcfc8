package org.yichuang.client.identity.sam;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;

/**
 * The Chinese messages of the SAM reader (bundle {@code sam-messages}): each names the device and the real cause,
 * never card data.
 */
final class SamMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.yichuang.client.identity.sam.sam-messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private SamMessages() {
    }

    /** Returns the formatted message for {@code key}. */
    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Returns the device as the clerk sees it: 身份证阅读器（/dev/ttyUSB0）. */
    static String device(String port) {
        return text("device", port);
    }

    /** Returns a failure with its reason and the formatted message. */
    static CardReadException failure(Reason reason, String key, Object... args) {
        return new CardReadException(reason, text(key, args));
    }

    /** Whether the bundle has {@code key}. */
    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
