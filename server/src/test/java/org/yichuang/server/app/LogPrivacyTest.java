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

    private int count(String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** What reaches the console directly (a printStackTrace, a library writing to stderr), during {@code run}. */
    private static String console(Runnable run) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(new TeeStream(out, copy), true, java.nio.charset.StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(new TeeStream(err, copy), true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return copy.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes to the real stream and to the copy. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }

    private void rawRequest(String request) {
        java.net.URI base = java.net.URI.create(server.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 4");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void failing_inputs_and_a_failed_insert_log_no_personal_value_anywhere() {
        String remarks = "备注秘密" + PHONE;
        // the database refuses the insert: a failure after validation, with the values bound to the statement
        server.jdbi().useHandle(h -> {
            h.execute("ALTER TABLE cases ADD CONSTRAINT privacy_test_refuses CHECK (remarks NOT LIKE '%秘密%')");
            h.execute("CREATE FUNCTION privacy_test_detail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.remarks LIKE '%触发%' THEN RAISE EXCEPTION 'refused by the test trigger' "
                    + "USING DETAIL = NEW.applicant_name || ' ' || NEW.phone || ' ' || NEW.remarks; END IF; "
                    + "RETURN NEW; END $$");
            h.execute("CREATE TRIGGER privacy_test_detail BEFORE INSERT ON cases FOR EACH ROW "
                    + "EXECUTE FUNCTION privacy_test_detail()");
        });
        ApiClient api = new ApiClient(server.baseUrl());
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        String item = server.anyItemCode();
        String applicant = "\"applicant\":{\"name\":\"" + NAME + "\",\"idNumber\":\"" + ID + "\",\"phone\":\""
                + PHONE + "\"}";
        java.util.List<ApiClient.Response> answers = new java.util.ArrayList<>();

        String printed = console(() -> {
            answers.add(api.postJson("/api/cases", token, new NewCase(UUID.randomUUID().toString(), item,
                    new ApplicantInput(NAME, ID, PHONE), remarks)));
            answers.add(api.postJson("/api/cases", token, new NewCase(UUID.randomUUID().toString(), item,
                    new ApplicantInput(NAME, ID, PHONE), "触发" + PHONE)));
            // control bytes, escaped and raw
            answers.add(api.post("/api/cases", token, "{\"idempotencyKey\":\"k1\",\"itemCode\":\"" + item + "\","
                    + applicant + ",\"remarks\":\"" + PHONE + "\\u0000" + NAME + "\"}"));
            answers.add(api.post("/api/cases", token, "{\"idempotencyKey\":\"k2\",\"itemCode\":\"" + item + "\","
                    + applicant + ",\"remarks\":\"" + PHONE + "\u0001\u001b" + NAME + "\"}"));
            // huge values: over the body cap, and a name far over its length
            answers.add(api.post("/api/cases", token, "{" + applicant + ",\"remarks\":\"" + (NAME + PHONE)
                    .repeat(5000) + "\"}"));
            answers.add(api.postJson("/api/cases", token, new NewCase("k3", item,
                    new ApplicantInput(NAME.repeat(2000), ID, PHONE), null)));
            // wrong types, duplicate keys, wrong media type, broken JSON that a parser would quote
            answers.add(api.post("/api/cases", token, "{\"idempotencyKey\":\"k4\",\"itemCode\":\"" + item + "\","
                    + "\"applicant\":{\"name\":\"" + NAME + "\",\"idNumber\":" + ID.substring(0, 17) + "}}"));
            answers.add(api.post("/api/cases", token, "{" + applicant + "," + applicant + "}"));
            answers.add(api.postBytes("/api/cases", token, "text/plain",
                    ("{" + applicant + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            answers.add(api.post("/api/cases", token, "{" + applicant + ",\"remarks\":\"" + NAME));
            // the values in the address and headers, where Jetty refuses them before any route
            answers.add(api.get("/api/cases/" + ID + "?name=" + PHONE, token));
            rawRequest("GET /api/cases/" + ID + PHONE.repeat(2000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            rawRequest("GET /api/cases/" + ID + " HTTP/1.1\r\nHost: x\r\nX-Applicant: " + PHONE.repeat(2000)
                    + "\r\nConnection: close\r\n\r\n");
            rawRequest("GET /api/cases/" + ID + "%zz" + PHONE + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            rawRequest("GET /api/cases/" + ID + " HTTP/1.1\r\nHost: x\r\nX-" + PHONE + " bad header\r\n"
                    + "Connection: close\r\n\r\n");
        });

        assertThat(answers).extracting(ApiClient.Response::status)
                .containsExactly(500, 500, 400, 400, 413, 400, 400, 400, 415, 400, 404);
        assertThat(answers.get(0).code()).isEqualTo("INTERNAL_ERROR");
        assertThat(answers.get(2).code()).isEqualTo("TEXT_CONTROL_CHARACTER");
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count(table)).as(table).isZero();
        }
        String logged = everythingLogged();
        for (String text : new String[] {logged, printed}) {
            assertThat(text).doesNotContain(ID, NAME, PHONE, "11010519", "秘密", "触发", "arguments:",
                    "\\u6B27", "\\u6b27", "refused by the test trigger");
            for (ApiClient.Response r : answers) {
                assertThat(r.body()).doesNotContain(ID, NAME, PHONE);
            }
        }
        // the capture works: the failed insert is logged, by route and by the classes and SQLState of its causes
        assertThat(logged).contains("unexpected failure on POST /api/cases", "SQLState 23514", "SQLState P0001");
    }
}
