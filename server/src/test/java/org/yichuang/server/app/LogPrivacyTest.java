package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.TestServer;

class LogPrivacyTest {
    private static final String NAME = "欧阳娜娜";
    private static final String ID = "11010519491231002X";
    private static final String PHONE = "13912345678";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private TestServer server;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        server = TestServer.start();
    }

    @AfterEach
    void release() {
        server.close();
        root.detachAppender(captured);
    }

    private String everythingLogged() {
        return captured.list.stream()
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void sign_in_and_case_creation_log_no_id_number_name_or_phone() {
        ApiClient api = new ApiClient(server.baseUrl());
        api.postJson("/api/sessions", null, new SignInRequest(server.username(Role.WINDOW), "wrong", 1));
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        NewCase request = new NewCase(UUID.randomUUID().toString(), server.anyItemCode(),
                new ApplicantInput(NAME, ID, PHONE), "联系" + PHONE);

        String caseNo = api.postJson("/api/cases", token, request).json().path("caseNo").asText();
        api.postJson("/api/cases", token, request);
        api.postJson("/api/cases", token, new NewCase(request.idempotencyKey(), request.itemCode(),
                new ApplicantInput(NAME, ID, null), null));
        api.post("/api/cases", token, "{\"applicant\":{\"name\":\"" + NAME + "\",\"idNumber\":" + ID + "}}");
        api.postJson("/api/cases", token, new NewCase(UUID.randomUUID().toString(), server.anyItemCode(),
                new ApplicantInput(NAME, "110105194912310021", PHONE), null));
        api.get("/api/cases/" + caseNo, token);

        String logged = everythingLogged();
        assertThat(logged).contains(caseNo);   // the capture works: the creation is logged by case number
        assertThat(logged).doesNotContain(ID, "110105194912310021", NAME, PHONE, "11010519");
    }
}
