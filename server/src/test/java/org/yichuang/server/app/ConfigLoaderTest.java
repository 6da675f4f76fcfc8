package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path home;

    @Test
    void defaults_apply_when_nothing_is_given() {
        ServerConfig c = new ConfigLoader(Map.of(), home.toString()).load();

        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.dbUrl()).isNull();
        assertThat(c.dataDir()).isEqualTo(home.resolve(".yichuang"));
        assertThat(c.pgData()).isEqualTo(home.resolve(".yichuang/pgdata"));
        assertThat(c.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(c.sessionTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(c.lockoutAttempts()).isEqualTo(5);
        assertThat(c.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.demoData()).isFalse();
        assertThat(c.publicUrl()).isNull();
        assertThat(c.dbPoolSize()).isEqualTo(20);
        assertThat(c.streamKeepAlive()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void every_option_is_explained_in_the_help() {
        java.util.stream.Stream.concat(ConfigLoader.VALUE_OPTIONS.stream(), ConfigLoader.FLAG_OPTIONS.stream())
                .forEach(o -> assertThat(Usage.TEXT).as(o).containsPattern("--" + o + "\\s"));
    }

    @Test
    void the_stream_keep_alive_stays_under_what_proxies_wait_for() {
        ConfigLoader loader = new ConfigLoader(Map.of("YICHUANG_STREAM_KEEPALIVE_SECONDS", "25"), home.toString());

        assertThat(loader.load().streamKeepAlive()).isEqualTo(Duration.ofSeconds(25));
        assertThat(loader.load("--stream-keepalive-seconds", "5").streamKeepAlive())
                .isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> loader.load("--stream-keepalive-seconds", "0"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stream-keepalive-seconds");
        assertThatThrownBy(() -> loader.load("--stream-keepalive-seconds", "60"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stream-keepalive-seconds");
    }

    @Test
    void the_pool_size_is_taken_within_what_one_cluster_can_serve() {
        ConfigLoader loader = new ConfigLoader(Map.of("YICHUANG_DB_POOL_SIZE", "40"), home.toString());

        assertThat(loader.load().dbPoolSize()).isEqualTo(40);
        assertThat(loader.load("--db-pool-size", "8").dbPoolSize()).isEqualTo(8);
        assertThatThrownBy(() -> loader.load("--db-pool-size", "1")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("db-pool-size");
        assertThatThrownBy(() -> loader.load("--db-pool-size", "500")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("db-pool-size");
    }

    @Test
    void the_public_url_comes_from_argument_environment_or_file_without_a_trailing_slash() throws IOException {
        Path dataDir = home.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("server.properties"), "public-url=https://file.example.gov.cn/\n");
        ConfigLoader fileOnly = new ConfigLoader(Map.of(), home.toString());
        ConfigLoader withEnv = new ConfigLoader(Map.of("YICHUANG_PUBLIC_URL", "http://10.1.2.3:8080/"), home.toString());

        assertThat(fileOnly.load("--data-dir", dataDir.toString()).publicUrl()).isEqualTo("https://file.example.gov.cn");
        assertThat(withEnv.load("--data-dir", dataDir.toString()).publicUrl()).isEqualTo("http://10.1.2.3:8080");
        assertThat(withEnv.load("--data-dir", dataDir.toString(), "--public-url", "https://zwfw.example.gov.cn/yc//")
                .publicUrl()).isEqualTo("https://zwfw.example.gov.cn/yc");
    }

    @Test
    void a_public_url_that_is_not_an_absolute_http_address_is_refused_in_chinese() {
        ConfigLoader loader = new ConfigLoader(Map.of(), home.toString());

        for (String bad : new String[] {"zwfw.example.gov.cn", "ftp://zwfw.example.gov.cn", "https://",
                "https://a b.cn", "https://zwfw.example.gov.cn/?q=1"}) {
            assertThatThrownBy(() -> loader.load("--public-url", bad)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("public-url");
        }
    }

    @Test
    void arguments_beat_environment_which_beats_the_file() throws IOException {
        Path dataDir = home.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("server.properties"), "port=7000\nbind=0.0.0.0\ndb-user=fromfile\n");
        Map<String, String> env = Map.of("YICHUANG_PORT", "7100", "YICHUANG_DATA_DIR", dataDir.toString(),
                "YICHUANG_DB_USER", "fromenv");

        ServerConfig c = new ConfigLoader(env, home.toString()).load("--port", "7200", "--demo-data");

        assertThat(c.port()).isEqualTo(7200);
        assertThat(c.dbUser()).isEqualTo("fromenv");
        assertThat(c.bind()).isEqualTo("0.0.0.0");
        assertThat(c.demoData()).isTrue();
        assertThat(c.dataDir()).isEqualTo(dataDir);
    }

    @Test
    void an_explicit_config_file_is_read_and_must_exist() throws IOException {
        Path file = home.resolve("custom.properties");
        Files.writeString(file, "db-url=jdbc:postgresql://db.example/yichuang\nmax-body-bytes=2048\n");

        ServerConfig c = new ConfigLoader(Map.of(), home.toString()).load("--config=" + file);

        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://db.example/yichuang");
        assertThat(c.maxBodyBytes()).isEqualTo(2048);
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), home.toString()).load("--config", "/no/such/file"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("找不到配置文件");
    }

    @Test
    void unknown_options_and_bad_values_are_refused_in_chinese() {
        ConfigLoader loader = new ConfigLoader(Map.of(), home.toString());

        assertThatThrownBy(() -> loader.load("--prot", "1")).isInstanceOf(ConfigException.class)
                .hasMessage("未知参数：--prot（使用 --help 查看可用参数）");
        assertThatThrownBy(() -> loader.load("--port", "abc")).hasMessageContaining("应为整数");
        assertThatThrownBy(() -> loader.load("--port")).hasMessageContaining("缺少取值");
        assertThatThrownBy(() -> loader.load("stray")).hasMessageContaining("无法识别的参数");
    }

    @Test
    void main_exits_with_code_2_on_an_unknown_option() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--no-such-option")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(output).contains("未知参数：--no-such-option");
    }
}
