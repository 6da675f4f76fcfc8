package org.yichuang.client.identity.settings;

import org.yichuang.client.ui.ClientPrefs;

/** Remembers each counter's {@link ReaderSettings} in the client's prefs ({@code identityReader.<counter>.*}). */
public final class ReaderSettingsStore {
    private final ClientPrefs prefs;

    /** Stores in {@code prefs}. */
    public ReaderSettingsStore(ClientPrefs prefs) {
        this.prefs = prefs;
    }

    /** Returns the settings of counter {@code counterNo}, or the defaults when none (or unreadable ones) are stored. */
    public ReaderSettings load(int counterNo) {
        ReaderSettings d = ReaderSettings.DEFAULT;
        return new ReaderSettings(
                prefs.get(key(counterNo, "kind")).map(v -> parse(ReaderKind.class, v, d.kind())).orElse(d.kind()),
                prefs.get(key(counterNo, "serialPort")).orElse(null),
                prefs.get(key(counterNo, "terminal")).orElse(null),
                prefs.get(key(counterNo, "readOnInsert")).map(Boolean::parseBoolean).orElse(d.readOnInsert()),
                prefs.get(key(counterNo, "expiredPolicy"))
                        .map(v -> parse(ExpiredCardPolicy.class, v, d.expiredPolicy())).orElse(d.expiredPolicy()));
    }

    /** Saves the settings of counter {@code counterNo} and writes them out. */
    public void save(int counterNo, ReaderSettings settings) {
        prefs.put(key(counterNo, "kind"), settings.kind().name());
        prefs.put(key(counterNo, "serialPort"), settings.serialPort());
        prefs.put(key(counterNo, "terminal"), settings.terminal());
        prefs.put(key(counterNo, "readOnInsert"), Boolean.toString(settings.readOnInsert()));
        prefs.put(key(counterNo, "expiredPolicy"), settings.expiredPolicy().name());
        prefs.flush();
    }

    private static String key(int counterNo, String setting) {
        return ClientPrefs.KEY_IDENTITY_READER + "." + counterNo + "." + setting;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;   // a setting from a newer client must not stop this one from starting
        }
    }
}
