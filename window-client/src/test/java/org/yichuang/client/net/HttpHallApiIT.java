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

    @Override
    protected org.yichuang.core.api.CaseLifecycleView acceptAtIntake(String caseNo) {
        org.yichuang.server.testing.ApiClient http = new org.yichuang.server.testing.ApiClient(server.baseUrl());
        String token = http.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
        var item = server.demoCatalog().items().stream()
                .filter(i -> i.implementationCode().equals(server.anyItemCode())).findFirst().orElseThrow();
        var checklist = item.materials().stream().map(m -> m.required()
                ? org.yichuang.core.intake.MaterialCheck.received(m.name(), 1, 1, 2)
                : org.yichuang.core.intake.MaterialCheck.notApplicable(m.name())).toList();
        var r = http.postJson("/api/cases/" + caseNo + "/intake", token, org.yichuang.core.api.IntakeSubmission.of(
                java.util.UUID.randomUUID().toString(), org.yichuang.core.intake.IntakeRequest.of(
                        org.yichuang.core.intake.IntakeOutcome.ACCEPT, checklist).withIntentAsked(true)));
        if (r.status() != 200) {
            throw new AssertionError(r.body());
        }
        // the intake's answer is the case's view after it: read it back through the client under test
        HttpHallApi reader = new HttpHallApi(URI.create(server.baseUrl()));
        reader.signIn(new org.yichuang.core.api.SignInRequest(server.username(Role.WINDOW),
                server.password(Role.WINDOW), server.counterNo()));
        return reader.caseLifecycle(caseNo);
    }
}
