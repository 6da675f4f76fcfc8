package org.yichuang.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.TestServer;

class TestServerSmokeTest {
    @Test
    void a_test_server_answers_health_and_lets_the_window_clerk_sign_in() {
        try (TestServer server = TestServer.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            assertThat(api.get("/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
            String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
            assertThat(api.get("/api/items", token).json().findValuesAsText("implementationCode"))
                    .contains(server.anyItemCode());
        }
    }
}
