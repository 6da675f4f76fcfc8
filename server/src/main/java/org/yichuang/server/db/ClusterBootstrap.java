package org.yichuang.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and locks down the cluster before the postmaster ever listens: {@code initdb} with scram-sha-256, random
 * passwords, the application role that owns its database but is no superuser (so it cannot run programs with
 * {@code COPY … TO PROGRAM} or read server files), and a {@code pg_hba.conf} written anew on every start. The role
 * work runs in PostgreSQL's single-user mode, which opens no socket at all, so a cluster made by an older version with
 * {@code trust} is converted without ever being reachable in that state.
 */
final class ClusterBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterBootstrap.class);
    static final String SUPERUSER = "postgres";

    private final PostgresBinaries binaries;
    private final Path pgData;

    ClusterBootstrap(PostgresBinaries binaries, Path pgData) {
        this.binaries = binaries;
        this.pgData = pgData;
    }

    /**
     * Makes sure the cluster exists, has the application role and database, and carries our access rules.
     *
     * @param superuserOverTcp true for test clusters, whose harness creates databases over loopback (with the
     *                         password, never trust)
     */
    ClusterSecrets prepare(SecureRandom random, boolean superuserOverTcp) {
        try {
            Files.createDirectories(pgData.getParent());
            if (!Files.exists(pgData.resolve("PG_VERSION"))) {
                initdb(random);
            }
            Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
            ClusterSecrets secrets = ClusterSecrets.read(pgData).orElse(null);
            if (secrets == null) {
                secrets = ClusterSecrets.generate(random);
                lockDown(secrets);
                secrets.write(pgData);
                LOG.info("内置数据库已设置随机口令与应用账号 {}", EmbeddedDatabase.APP_ROLE);
            }
            writeHba(superuserOverTcp);
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备内置数据库目录 " + pgData + "：" + e.getMessage(), e);
        }
    }

    private void initdb(SecureRandom random) throws IOException {
        Files.createDirectories(pgData);
        Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
        // initdb needs a superuser password at once: a throwaway one, replaced in lockDown
        Path pwfile = Files.createTempFile(pgData.getParent(), ".initdb-", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, ClusterSecrets.generate(random).superuser() + "\n");
            run(List.of(binaries.program("initdb").toString(), "-D", pgData.toString(), "-U", SUPERUSER,
                    "--encoding=UTF8", "--no-locale", "--auth=scram-sha-256", "--pwfile=" + pwfile), null);
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** Sets both passwords and the application role, database and ownership; safe to repeat. */
    private void lockDown(ClusterSecrets secrets) {
        String app = EmbeddedDatabase.APP_ROLE;
        String db = EmbeddedDatabase.DATABASE;
        singleUser("postgres", List.of(
                "ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(secrets.superuser()),
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + app + "') THEN"
                        + " CREATE ROLE " + app + "; END IF; END $$",
                "ALTER ROLE " + app + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                        + " PASSWORD " + literal(secrets.app())), List.of());
        // CREATE DATABASE cannot run inside a DO block; "already exists" (42P04) is the expected answer on a rerun
        singleUser("postgres", List.of("CREATE DATABASE " + db + " OWNER " + app + " ENCODING 'UTF8'"),
                List.of("already exists"));
        singleUser("postgres", List.of("ALTER DATABASE " + db + " OWNER TO " + app,
                "REVOKE ALL ON DATABASE " + db + " FROM PUBLIC"), List.of());
        // a cluster from an older version holds tables owned by the superuser: hand them to the application role
        singleUser(db, List.of("ALTER SCHEMA public OWNER TO " + app,
                "DO $$ DECLARE r record; BEGIN"
                        + " FOR r IN SELECT c.oid::regclass AS rel FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
                        + " AND c.relowner <> '" + app + "'::regrole"
                        + " AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
                        + " AND d.objid = c.oid AND d.deptype IN ('a', 'i'))"
                        + " LOOP EXECUTE format('ALTER TABLE %s OWNER TO " + app + "', r.rel); END LOOP; END $$"),
                List.of());
    }

    /** Only loopback, only with a password; nothing else is accepted (not even the local socket, which is off). */
    private void writeHba(boolean superuserOverTcp) throws IOException {
        String rules = "# 由一窗在每次启动时重写，手工修改会被覆盖。\n"
                + "# Written by Yichuang on every start; edits are overwritten.\n"
                + "local   all  all  scram-sha-256\n"
                + (superuserOverTcp
                        ? "host    all  all  127.0.0.1/32  scram-sha-256\n"
                        : "host    " + EmbeddedDatabase.DATABASE + "  " + EmbeddedDatabase.APP_ROLE
                                + "  127.0.0.1/32  scram-sha-256\n");
        Files.writeString(pgData.resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pgData.resolve("pg_hba.conf"), PosixFilePermissions.fromString("rw-------"));
    }

    /** Runs statements in single-user mode on {@code database}; output naming an ERROR fails unless expected. */
    private void singleUser(String database, List<String> statements, List<String> tolerated) {
        StringBuilder input = new StringBuilder();
        for (String s : statements) {
            input.append(s).append(";\n\n");
        }
        String output = run(List.of(binaries.program("postgres").toString(), "--single", "-j", "-D",
                pgData.toString(), "-c", "log_min_messages=warning", "-c", "log_min_error_statement=panic",
                "-c", "log_error_verbosity=terse", "-c", "unix_socket_directories=", database), input.toString());
        for (String line : output.split("\n")) {
            if ((line.contains("ERROR:") || line.contains("FATAL:"))
                    && tolerated.stream().noneMatch(line::contains)) {
                // the line cannot hold a password: statements are not echoed (log_min_error_statement=panic)
                throw new IllegalStateException("内置数据库初始化失败：" + line.strip());
            }
        }
    }

    private String run(List<String> command, String stdin) {
        List<String> cmd = new ArrayList<>(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Postmaster.environment(pb, binaries);
        try {
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(Path.of(cmd.get(0)).getFileName() + " 超时未结束");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(Path.of(cmd.get(0)).getFileName() + " 失败（退出码 " + p.exitValue()
                        + "）：" + lastLines(output));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("内置数据库初始化被中断", e);
        }
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\n");
        return String.join(" / ", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 3), lines.length));
    }

    private static String literal(String password) {
        // base64url: no quote can occur, but never build SQL from a value without quoting it
        return "'" + password.replace("'", "''") + "'";
    }
}
