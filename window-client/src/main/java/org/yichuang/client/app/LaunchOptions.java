package org.yichuang.client.app;

import java.util.Locale;
import java.util.Map;

/**
 * Command-line options of the counter client.
 *
 * @param server    {@code --server URL}, overriding the remembered server
 * @param counterNo {@code --counter N}
 * @param username  {@code --user NAME}
 * @param password  from the environment variable {@code YICHUANG_PASSWORD}: sign in at once (demo launcher)
 * @param theme     {@code --theme light|dark}, or null for the remembered one
 * @param locale    {@code --locale en}; Simplified Chinese otherwise
 */
public record LaunchOptions(String server, String counterNo, String username, String password, String theme,
        Locale locale) {

    /** The environment variable that makes the client sign in without asking (demo only). */
    public static final String PASSWORD_ENV = "YICHUANG_PASSWORD";

    /** The usage text printed for {@code --help} and bad options. */
    public static final String USAGE = """
            usage: client [--server URL] [--counter N] [--user NAME] [--theme light|dark] [--locale zh|en]
              --server URL       the hall server, e.g. http://127.0.0.1:8080 (default: the last one used)
              --counter N        the counter (窗口) number; leave out to administer the catalog
              --user NAME        the user name to fill in at sign-in
              --theme light|dark the colour theme (default: the last one chosen)
              --locale zh|en     the language of the client (default: Simplified Chinese)
              -h, --help         print this help and exit
              YICHUANG_PASSWORD=... in the environment signs in automatically (demo launcher)""";

    /** Returns true when the arguments ask for the usage ({@code -h} or {@code --help}), whatever else they hold. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    /** Returns true when the client should sign in without waiting for the clerk. */
    public boolean autoSignIn() {
        return password != null && !password.isEmpty() && username != null;
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static LaunchOptions parse(String[] args, Map<String, String> env) {
        String server = null;
        String counter = null;
        String user = null;
        String theme = null;
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--server", "--counter", "--user", "--theme", "--locale" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + name);
                        }
                        value = args[++i];
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
            switch (name) {
                case "--server" -> server = value;
                case "--counter" -> counter = value;
                case "--user" -> user = value;
                case "--theme" -> {
                    if (!value.equalsIgnoreCase("light") && !value.equalsIgnoreCase("dark")) {
                        throw new IllegalArgumentException("--theme must be light or dark");
                    }
                    theme = value.toLowerCase(Locale.ROOT);
                }
                default -> locale = value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                        : Locale.SIMPLIFIED_CHINESE;
            }
        }
        String password = env.get(PASSWORD_ENV);
        return new LaunchOptions(server, counter, user, password == null || password.isEmpty() ? null : password,
                theme, locale);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "LaunchOptions[" + server + ", counter " + counterNo + ", " + username + ", theme " + theme + ", "
                + locale + (password != null ? ", auto sign-in" : "") + "]";
    }
}
