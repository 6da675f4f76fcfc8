package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.InitialAdmin;
import org.yichuang.server.demo.DemoAccount;
import org.yichuang.server.demo.DemoAccountsFile;
import org.yichuang.server.testing.ApiClient;

class EmbeddedRestartTest {
    @TempDir
    Path dataDir;

    private HallServer start(ByteArrayOutputStream out) {
        ServerConfig config = new ConfigLoader(Map.of(), "/nonexistent")
                .load("--port", "0", "--data-dir", dataDir.toString(), "--demo-data");
        return HallServer.start(config, Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_first_start_creates_the_data_dir_and_the_second_reuses_it() throws Exception {
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        String caseNo;
        Map<Role, DemoAccount> accounts;
        try (HallServer first = start(firstOut)) {
            accounts = DemoAccountsFile.read(dataDir.resolve(DemoAccountsFile.NAME));
            ApiClient api = new ApiClient(first.baseUrl());
            String token = api.signIn(accounts.get(Role.WINDOW).username(), accounts.get(Role.WINDOW).password(), 1);
            caseNo = api.post("/api/cases", token, "{\"idempotencyKey\":\"k1\",\"itemCode\":\""
                    + api.get("/api/items", token).json().get(0).path("implementationCode").asText()
                    + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"}}")
                    .json().path("caseNo").asText();
        }
        Path adminFile = dataDir.resolve(InitialAdmin.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(adminFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(DemoAccountsFile.NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String adminPassword = Files.readString(adminFile).strip();
        assertThat(firstOut.toString(StandardCharsets.UTF_8)).contains(adminPassword)
                .contains(accounts.get(Role.WINDOW).password());
        assertThat(accounts).hasSize(5);

        ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
        try (HallServer second = start(secondOut)) {
            ApiClient api = new ApiClient(second.baseUrl());
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            String admin = api.signIn(InitialAdmin.USERNAME, adminPassword, null);
            String token = api.signIn(accounts.get(Role.WINDOW).username(), accounts.get(Role.WINDOW).password(), 1);
            assertThat(api.get("/api/cases/" + caseNo, token).status()).isEqualTo(200);
            assertThat(api.get("/api/counters", admin).json()).hasSize(4);
            // the persistent cluster must not run with the test-speed settings that could lose commits
            java.util.List<String> durability = second.jdbi().withHandle(h -> java.util.List.of(
                    h.createQuery("SHOW fsync").mapTo(String.class).one(),
                    h.createQuery("SHOW synchronous_commit").mapTo(String.class).one()));
            assertThat(durability).containsExactly("on", "on");
            // the demo catalog is seeded once: a restart adds no version
            Integer versions = second.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM service_item_versions").mapTo(Integer.class).one());
            assertThat(versions).isEqualTo(45);
            assertThat(api.get("/api/items", token).json()).hasSize(45);
        }
        assertThat(Files.readString(adminFile).strip()).isEqualTo(adminPassword);
        // passwords are shown once, when made; later starts name the file instead
        assertThat(secondOut.toString(StandardCharsets.UTF_8)).doesNotContain("已创建初始管理员").doesNotContain("演示事项库")
                .doesNotContain(accounts.get(Role.WINDOW).password()).doesNotContain(adminPassword)
                .contains(DemoAccountsFile.NAME);
        assertThat(DemoAccountsFile.read(dataDir.resolve(DemoAccountsFile.NAME)).get(Role.WINDOW).password())
                .isEqualTo(accounts.get(Role.WINDOW).password());
    }
}
