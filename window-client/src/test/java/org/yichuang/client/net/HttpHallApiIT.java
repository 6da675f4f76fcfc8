package org.yichuang.client.net;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.HallApiContract;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/** The HTTP client passes the HallApi contract against the real server (embedded PostgreSQL, Javalin). */
class HttpHallApiIT extends HallApiContract {
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.startForManySignIns();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected HallApi newApi() {
        return new HttpHallApi(URI.create(server.baseUrl()));
    }

    @Override
    protected Clerk windowClerk() {
        return new Clerk(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
    }

    @Override
    protected String anyItemCode() {
        return server.anyItemCode();
    }

    @Override
    protected Clerk administrator() {
        return new Clerk(server.username(Role.ADMIN), server.password(Role.ADMIN), 0);
    }
}
