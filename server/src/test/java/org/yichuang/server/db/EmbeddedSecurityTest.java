package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall's own cluster as a local attacker would meet it. */
class EmbeddedSecurityTest {
    @TempDir
    static Path dataDir;
    private static EmbeddedDatabase db;

    @BeforeAll
    static void start() {
        // its own copy of the programs, so that the modes of a fresh unpack are what is checked
        db = EmbeddedDatabase.start(new EmbeddedSettings(dataDir.resolve("pgdata"), dataDir.resolve("pgsql"), true,
                false));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.DATABASE), p);
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void nothing_is_trusted_only_loopback_listens_and_no_unix_socket_exists() throws Exception {
        String hba = Files.readString(dataDir.resolve("pgdata/pg_hba.conf"));
        assertThat(hba).doesNotContain("trust").doesNotContain("::1").doesNotContain("0.0.0.0")
                .contains("scram-sha-256");
        try (Connection c = connect(db.appUser(), db.appPassword())) {
            assertThat(one(c, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(one(c, "SHOW password_encryption")).isEqualTo("scram-sha-256");
        }
        try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
            assertThat(tmp.map(p -> p.getFileName().toString())).doesNotContain(".s.PGSQL." + db.port(),
                    ".s.PGSQL." + db.port() + ".lock");
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".s.PGSQL"));
        }
    }

    @Test
    void sign_in_without_the_password_or_as_the_superuser_over_tcp_is_refused() {
        assertThatThrownBy(() -> connect(db.appUser(), null).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(db.appUser(), "wrong").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        // the right superuser password does not help: the hall's cluster takes only the application role over TCP
        assertThatThrownBy(() -> connect(db.superuser(), db.superuserPassword()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("pg_hba.conf");
        assertThatThrownBy(() -> connect("postgres", null).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void the_application_role_owns_its_schema_but_cannot_run_programs_or_read_files() throws Exception {
        try (Connection c = connect(db.appUser(), db.appPassword())) {
            assertThat(one(c, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
            assertThat(one(c, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                    .isEqualTo(EmbeddedDatabase.APP_ROLE);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE probe (x int)");
                st.execute("DROP TABLE probe");
                assertThatThrownBy(() -> st.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.executeQuery("SELECT pg_read_file('/etc/passwd')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.execute("COPY (SELECT 1) TO '/tmp/yichuang-probe'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.execute("CREATE ROLE intruder SUPERUSER"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void passwords_programs_and_data_are_private_to_the_service_account() throws Exception {
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("pgdata").resolve(ClusterSecrets.FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("pgsql")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String secrets = Files.readString(dataDir.resolve("pgdata").resolve(ClusterSecrets.FILE));
        assertThat(secrets).contains(db.appPassword()).contains(db.superuserPassword());
        assertThat(db.appPassword()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(db.superuserPassword());
        try (Stream<Path> all = Files.walk(dataDir.resolve("pgsql"))) {
            assertThat(all.filter(p -> !Files.isSymbolicLink(p)))
                    .allSatisfy(p -> assertThat(SecurePaths.modeOf(p) & 0022).as(p.toString()).isZero());
        }
        // nothing about the passwords reaches the postmaster's own log
        assertThat(Files.readString(dataDir.resolve("postgresql.log"))).doesNotContain(db.appPassword())
                .doesNotContain(db.superuserPassword());
    }

    @Test
    void a_changed_program_or_a_directory_others_can_write_refuses_to_start(@TempDir Path root) throws Exception {
        PostgresBinaries binaries = PostgresBinaries.installAndVerify(root);
        Path postgres = binaries.program("postgres");
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path timezone = binaries.home().resolve("share/postgresql/postgresql.conf.sample");
        Files.writeString(timezone, "\nshared_preload_libraries = 'evil'\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PostgresBinaries.installAndVerify(root)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("已被改动").hasMessageContaining("postgresql.conf.sample");

        Path other = Files.createTempDirectory(root.getParent(), "open");
        try {
            Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertThatThrownBy(() -> PostgresBinaries.installAndVerify(other.resolve("pgsql")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("可被其他用户写入")
                    .hasMessageContaining(other.toString());
        } finally {
            PostgresBinaries.deleteTree(other);
        }
    }

    @Test
    void a_cluster_made_by_an_older_version_with_trust_is_converted_and_its_tables_handed_over(@TempDir Path old)
            throws Exception {
        PostgresBinaries binaries = PostgresBinaries.installAndVerify(dataDir.resolve("pgsql"));
        Path pgData = old.resolve("pgdata");
        run(List.of(binaries.program("initdb").toString(), "-D", pgData.toString(), "-U", "postgres", "-A", "trust",
                "--no-locale", "-E", "UTF8"), null, binaries);
        run(List.of(binaries.program("postgres").toString(), "--single", "-D", pgData.toString(), "postgres"),
                "CREATE DATABASE yichuang\n", binaries);
        run(List.of(binaries.program("postgres").toString(), "--single", "-D", pgData.toString(), "yichuang"),
                "CREATE TABLE cases (id bigserial PRIMARY KEY, name text)\nINSERT INTO cases (name) VALUES ('张三')\n",
                binaries);

        try (EmbeddedDatabase converted = EmbeddedDatabase.start(
                new EmbeddedSettings(pgData, dataDir.resolve("pgsql"), true, false))) {
            assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).doesNotContain("trust");
            Properties p = new Properties();
            p.setProperty("user", converted.appUser());
            p.setProperty("password", converted.appPassword());
            try (Connection c = DriverManager.getConnection(converted.jdbcUrl("yichuang"), p);
                    Statement st = c.createStatement()) {
                st.execute("INSERT INTO cases (name) VALUES ('李四')");
                assertThat(one(c, "SELECT string_agg(name, ',' ORDER BY id) FROM cases")).isEqualTo("张三,李四");
                st.execute("ALTER TABLE cases ADD COLUMN phone text");
            }
        }
    }

    private static void run(List<String> cmd, String stdin, PostgresBinaries binaries) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Postmaster.environment(pb, binaries);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("ERROR");
    }

}
