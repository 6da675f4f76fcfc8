package org.yichuang.server.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the hall server (一窗服务端) from the command line. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    /** Entry point; exit code 2 for a bad command line, 1 when start-up fails. */
    public static void main(String[] args) {
        // the server renders notices (PDF) with AWT fonts and never opens a window: no display needed, none used
        System.setProperty("java.awt.headless", "true");
        // Java 17 follows the locale, which is often POSIX on servers: Chinese would print as "?"
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (args.length > 0 && args[0].equals("calendar")) {
            // 工作日历 on the server's database: exits instead of serving
            System.exit(new CalendarCommand(System.getenv(), System.getProperty("user.home"), System.in, System.out,
                    System.err, Clock.systemUTC()).run(java.util.Arrays.asList(args).subList(1, args.length)));
            return;
        }
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(Usage.TEXT);
            return;
        }
        ServerConfig config;
        try {
            config = new ConfigLoader(System.getenv(), System.getProperty("user.home")).load(args);
        } catch (ConfigException e) {
            System.err.println("错误：" + e.getMessage());
            System.exit(2);
            return;
        }
        // before the first temporary file (the warm-up render's font copies): see PrivateTempDir
        PrivateTempDir.claim(config.dataDir(), System.getProperty("java.io.tmpdir"));
        try {
            HallServer server = HallServer.start(config, Clock.systemUTC(), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "yichuang-shutdown"));
            System.out.println("一窗服务已启动：" + server.baseUrl() + "（Ctrl-C 停止）");
        } catch (RuntimeException e) {
            LOG.error("服务启动失败", e);
            System.err.println("错误：服务启动失败：" + e.getMessage());
            System.exit(1);
        }
    }
}
