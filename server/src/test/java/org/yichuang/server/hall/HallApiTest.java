package org.yichuang.server.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

class HallApiTest {
    @Test
    void every_signed_in_role_reads_the_hall_name_and_the_servers_own_address_by_default() {
        try (TestServer server = TestServer.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            for (Role role : Role.values()) {
                Response r = api.get("/api/hall", api.signIn(server.username(role), server.password(role),
                        role == Role.WINDOW ? 1 : null));

                assertThat(r.status()).as(role.name()).isEqualTo(200);
                assertThat(r.json().path("hallName").asText()).isEqualTo("示范县政务服务中心");
                assertThat(r.json().path("publicBaseUrl").asText()).isEqualTo(server.baseUrl());
            }
            assertThat(api.get("/api/hall", null).code()).isEqualTo("AUTH_REQUIRED");
        }
    }

    @Test
    void a_configured_public_address_is_given_without_its_trailing_slash() {
        try (TestServer server = TestServer.start(Clock.systemUTC(), 64 * 1024, "https://zwfw.example.gov.cn/yc/")) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);

            assertThat(api.get("/api/hall", token).json().path("publicBaseUrl").asText())
                    .isEqualTo("https://zwfw.example.gov.cn/yc");
        }
    }

    @Test
    void the_halls_setting_on_risky_items_is_given_so_the_editor_and_the_guides_judge_as_the_server() {
        try (TestServer server = TestServer.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);

            assertThat(api.get("/api/hall", token).json().path("riskyItemsMayDefer").isBoolean()).isTrue();
            assertThat(api.get("/api/hall", token).json().path("riskyItemsMayDefer").asBoolean()).isFalse();
            server.jdbi().useHandle(h -> h.execute("UPDATE halls SET risky_items_may_defer = true"));
            assertThat(api.get("/api/hall", token).json().path("riskyItemsMayDefer").asBoolean()).isTrue();
        }
    }

    @Test
    void the_halls_own_public_address_wins_so_the_guide_qr_code_opens_where_the_notices_status_qr_code_does() {
        try (TestServer server = TestServer.start(Clock.systemUTC(), 64 * 1024, "https://server.example/")) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
            assertThat(api.get("/api/hall", token).json().path("publicBaseUrl").asText())
                    .isEqualTo("https://server.example");

            server.jdbi().useHandle(h -> h.execute("UPDATE halls SET public_base_url = 'https://zwfw.example.gov.cn/'"));
            Response r = api.get("/api/hall", token);
            assertThat(r.json().path("publicBaseUrl").asText()).isEqualTo("https://zwfw.example.gov.cn");
            // the 办事指南's QR code (client GuideSource, HallInfo.itemGuideUrl) is built from this answer
            org.yichuang.core.api.HallInfo info = new org.yichuang.core.api.HallInfo(
                    r.json().path("hallName").asText(), r.json().path("publicBaseUrl").asText());
            assertThat(info.itemGuideUrl(server.anyItemCode()))
                    .isEqualTo("https://zwfw.example.gov.cn/guide/items/" + server.anyItemCode());
            // the public guide pages' links follow the same address (a hall published below a prefix)
            server.jdbi().useHandle(h -> h.execute("UPDATE halls SET public_base_url = 'https://zwfw.example.gov.cn/yc'"));
            assertThat(api.get("/guide", null).body()).contains("/yc/guide/items/" + server.anyItemCode());
        }
    }
}
