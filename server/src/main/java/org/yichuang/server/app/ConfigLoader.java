package org.yichuang.server.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads the configuration: arguments over environment ({@code YICHUANG_<OPTION>}) over the properties file
 * ({@code --config FILE}, else {@code <data-dir>/server.properties} if present) over defaults.
 */
public final class ConfigLoader {
    /** Options taking a value; the file uses the same names as keys. */
    static final List<String> VALUE_OPTIONS = List.of("port", "bind", "db-url", "db-user", "db-password",
            "data-dir", "tls-keystore", "tls-keystore-password", "max-body-bytes", "session-hours",
            "lockout-attempts", "lockout-minutes", "public-url", "sign-in-burst", "db-pool-size",
            "stream-keepalive-seconds", "config");
    /** Options without a value. */
    static final List<String> FLAG_OPTIONS = List.of("demo-data");

    private static final Pattern PUBLIC_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, String> env;
    private final String userHome;

    /** Reads from the given environment; {@code userHome} gives the default data directory. */
    public ConfigLoader(Map<String, String> env, String userHome) {
        this.env = env;
        this.userHome = userHome;
    }

    /** Parses everything into a config, or throws {@link ConfigException} with a Chinese message. */
    public ServerConfig load(String... args) {
        Map<String, String> cli = parseArgs(args);
        Map<String, String> early = merged(cli, Map.of());
        Path dataDir = Path.of(early.getOrDefault("data-dir", userHome + "/.yichuang"));
        Map<String, String> file = readFile(early.get("config"), dataDir);
        Map<String, String> all = merged(cli, file);
        return new ServerConfig(
                intOption(all, "port", 8080, 0, 65535),
                all.getOrDefault("bind", "127.0.0.1"),
                all.get("db-url"),
                all.getOrDefault("db-user", "postgres"),
                all.getOrDefault("db-password", ""),
                Path.of(all.getOrDefault("data-dir", userHome + "/.yichuang")).toAbsolutePath(),
                all.containsKey("tls-keystore") ? Path.of(all.get("tls-keystore")) : null,
                all.get("tls-keystore-password"),
                Boolean.parseBoolean(all.getOrDefault("demo-data", "false")),
                intOption(all, "max-body-bytes", 64 * 1024, 1024, 16 * 1024 * 1024),
                Duration.ofHours(intOption(all, "session-hours", 12, 1, 24 * 30)),
                intOption(all, "lockout-attempts", 5, 1, 100),
                Duration.ofMinutes(intOption(all, "lockout-minutes", 15, 1, 24 * 60)),
                publicUrl(all.get("public-url")),
                intOption(all, "sign-in-burst", 20, 1, 10_000),
                intOption(all, "db-pool-size", ServerConfig.DEFAULT_DB_POOL_SIZE, 2, 90),
                // under the 60 s after which common proxies drop a silent response
                Duration.ofSeconds(intOption(all, "stream-keepalive-seconds",
                        (int) ServerConfig.DEFAULT_STREAM_KEEP_ALIVE.toSeconds(), 1, 55)));
    }

    /** An absolute http(s) address; the trailing slash is dropped so paths can be appended. */
    private static String publicUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.strip();
        if (!PUBLIC_URL.matcher(url).matches()) {
            throw new ConfigException("参数 public-url 应为以 http:// 或 https:// 开头的完整地址（如 "
                    + "https://zwfw.example.gov.cn），不能含空格、查询参数或 #：" + raw);
        }
        return url.replaceAll("/+$", "");
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> cli = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new ConfigException("无法识别的参数：" + arg + "（参数应以 -- 开头，使用 --help 查看说明）");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (FLAG_OPTIONS.contains(name)) {
                cli.put(name, value == null ? "true" : value);
            } else if (VALUE_OPTIONS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new ConfigException("参数 --" + name + " 缺少取值。");
                    }
                    value = args[++i];
                }
                cli.put(name, value);
            } else {
                throw new ConfigException("未知参数：--" + name + "（使用 --help 查看可用参数）");
            }
        }
        return cli;
    }

    private Map<String, String> merged(Map<String, String> cli, Map<String, String> file) {
        Map<String, String> all = new HashMap<>(file);
        for (String name : allOptions()) {
            String fromEnv = env.get("YICHUANG_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (fromEnv != null && !fromEnv.isEmpty()) {
                all.put(name, fromEnv);
            }
        }
        all.putAll(cli);
        return all;
    }

    private static List<String> allOptions() {
        List<String> names = new java.util.ArrayList<>(VALUE_OPTIONS);
        names.addAll(FLAG_OPTIONS);
        return names;
    }

    private static Map<String, String> readFile(String explicit, Path dataDir) {
        Path file = explicit != null ? Path.of(explicit) : dataDir.resolve("server.properties");
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            if (explicit != null) {
                throw new ConfigException("找不到配置文件：" + file);
            }
            return values;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!allOptions().contains(key) || key.equals("config")) {
                throw new ConfigException("配置文件 " + file + " 中有未知配置项：" + key);
            }
            values.put(key, p.getProperty(key).strip());
        }
        return values;
    }

    private static int intOption(Map<String, String> all, String name, int fallback, int min, int max) {
        String raw = all.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new ConfigException("参数 " + name + " 的取值应在 " + min + " 到 " + max + " 之间：" + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException("参数 " + name + " 应为整数：" + raw);
        }
    }
}
