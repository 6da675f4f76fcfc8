package org.yichuang.server.cases.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.intake.CollectionMethod;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * Issue 10 items 6 and 8 on the server, real PostgreSQL and renderer, the clock under the test's control (Friday
 * 2025-09-26, 10:00 in the hall): the 查询密码 and 领取方式 on the 受理通知书, the public status page behind the password
 * (rate-limited, audited, nothing personal before it), and a missed supplement's consequence under each of the hall's
 * deferral-failure policies with its written notice.
 */
class CaseStatusApiTest {
    private static final Instant FRIDAY_0926 = Instant.parse("2025-09-26T02:00:00Z");
    private static final String HEALTH = "11450128MB1602185R4000104002000";      // 公共场所卫生许可 (5 WD)
    private static final String COMPANY = "11450128MB160475444000101011001";     // 企业设立登记 (容缺)
    private static final String DOCTOR = "11450128MB1602185R4000104011000";      // 医师执业注册: 窗口自取 only
    private static final String PREMISES = "住所（经营场所）使用证明";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final Pattern PASSWORD = Pattern.compile("查询密码([2-9A-HJKMNP-Z]{8})");
    private static JsonNode catalog;

    private final MutableClock clock = new MutableClock(FRIDAY_0926);
    private final HttpClient http = HttpClient.newHttpClient();
    private TestServer server;
    private ApiClient api;
    private String window;
    private Path temp;

    @BeforeAll
    static void readCatalog() throws IOException {
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            catalog = new ObjectMapper().readTree(in);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(clock);
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院', "
                        + "document_abbreviation = '示范政务', supervision_phone = '0771-12345'"));
        api = new ApiClient(server.baseUrl());
        signIn();
        temp = Files.createTempDirectory("status-test");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void signIn() {
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
    }

    private String newCase(String itemCode) {
        Response r = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), itemCode,
                new ApplicantInput("张三丰", ID_NUMBER, null), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    private static List<MaterialCheck> allIn(String itemCode) {
        List<MaterialCheck> out = new ArrayList<>();
        for (JsonNode item : catalog.path("items")) {
            if (item.path("implementationCode").asText().equals(itemCode)) {
                for (JsonNode m : item.path("materials")) {
                    String name = m.path("name").asText();
                    out.add(m.path("required").asBoolean() ? MaterialCheck.received(name, 1, 1, 2)
                            : MaterialCheck.notApplicable(name));
                }
            }
        }
        return out;
    }

    private static List<MaterialCheck> without(String itemCode, String missing) {
        return allIn(itemCode).stream().map(c -> c.name().equals(missing) ? MaterialCheck.missing(missing) : c)
                .toList();
    }

    private Response intake(String caseNo, IntakeSubmission s) {
        return api.postJson("/api/cases/" + caseNo + "/intake", window, s);
    }

    private void ok(String caseNo, IntakeSubmission s) {
        Response r = intake(caseNo, s);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static IntakeSubmission submit(IntakeRequest request) {
        return IntakeSubmission.of(UUID.randomUUID().toString(), request);
    }

    private JsonNode documents(String caseNo) {
        Response r = api.get("/api/cases/" + caseNo + "/documents", window);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode document(String caseNo, String kind) {
        for (JsonNode d : documents(caseNo)) {
            if (d.path("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " for " + caseNo + ": " + documents(caseNo));
    }

    private String printed(String caseNo, String kind) throws Exception {
        long id = document(caseNo, kind).path("id").asLong();
        ApiClient.Download pdf = api.download("/api/cases/" + caseNo + "/documents/" + id + "/pdf", window);
        assertThat(pdf.status()).isEqualTo(200);
        return text(pdf.body());
    }

    private String copied(String caseNo, String kind) throws Exception {
        long id = document(caseNo, kind).path("id").asLong();
        HttpResponse<byte[]> r = http.send(api.builder("/api/cases/" + caseNo + "/documents/" + id
                + "/copies?paper=A4", window).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return text(r.body());
    }

    /** The PDF's text as pdftotext reads it, without the whitespace it puts between CJK glyphs. */
    private String text(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(temp, "doc", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.replaceAll("\\s+", "");
    }

    private static String passwordIn(String text) {
        Matcher m = PASSWORD.matcher(text);
        assertThat(m.find()).as("a 查询密码 in: " + text).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> statusForm(String caseNo) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + CaseAccess.path(caseNo))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String caseNo, String password) throws Exception {
        String form = "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + CaseAccess.path(caseNo)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String sql, Object... args) {
        return server.jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(Integer.class).one();
        });
    }

    private String state(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT state FROM cases WHERE case_no = :no")
                .bind("no", caseNo).mapTo(String.class).one());
    }

    @Test
    void an_acceptance_prints_a_query_password_kept_only_as_a_keyed_hash_and_the_chosen_collection_method()
            throws Exception {
        String no = newCase(HEALTH);
        ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)))
                .withCollectionMethod(CollectionMethod.MAIL));

        String original = printed(no, "ACCEPTANCE");
        String password = passwordIn(original);
        assertThat(original).contains("领取方式邮寄送达");
        JsonNode data = server.jdbi().withHandle(h -> new ObjectMapper().readTree(h.createQuery(
                "SELECT d.data::text FROM case_documents d JOIN cases k ON k.id = d.case_id "
                        + "WHERE k.case_no = :no AND d.kind = 'ACCEPTANCE'").bind("no", no).mapTo(String.class).one()));
        assertThat(data.path("queryPassword").asText()).isEqualTo("（见原件）");
        assertThat(data.path("statusUrl").asText()).isEqualTo(server.baseUrl() + "/s/" + no);
        assertThat(data.toString()).doesNotContain(password);
        assertThat(count("SELECT count(*) FROM case_query_passwords q JOIN cases k ON k.id = q.case_id "
                + "WHERE k.case_no = ? AND octet_length(q.hash) = 32", no)).isEqualTo(1);
        assertThat(copied(no, "ACCEPTANCE")).contains("副本", "查询密码", "（见原件）").doesNotContain(password);
        // the receipt of materials says nothing of a password
        assertThat(printed(no, "MATERIAL_RECEIPT")).doesNotContain(password);
        // two cases never share a password by construction (random), nor a hash for the same one
        String other = newCase(HEALTH);
        ok(other, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        assertThat(printed(other, "ACCEPTANCE")).contains("领取方式窗口领取");
    }

    @Test
    void a_collection_method_the_item_does_not_offer_is_refused_and_nothing_is_recorded() {
        String no = newCase(DOCTOR);
        Response r = intake(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(DOCTOR)))
                .withCollectionMethod(CollectionMethod.MAIL));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("COLLECTION_METHOD_NOT_ALLOWED");
        assertThat(r.json().path("message").asText()).contains("邮寄送达", "窗口领取");
        assertThat(state(no)).isEqualTo("RECEIVED");
        assertThat(count("SELECT count(*) FROM case_documents d JOIN cases k ON k.id = d.case_id "
                + "WHERE k.case_no = ?", no)).isZero();
    }

    @Test
    void the_status_page_asks_for_the_password_first_then_shows_state_item_dates_and_nothing_personal()
            throws Exception {
        String no = newCase(COMPANY);
        ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES))
                .withCommitment(true)));
        String password = passwordIn(printed(no, "DEFERRED_ACCEPTANCE"));

        HttpResponse<String> form = statusForm(no);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElse(""))
                .startsWith("default-src 'none'; style-src 'sha256-").contains("form-action 'self'");
        assertThat(form.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
        assertThat(form.body()).contains("查询密码", no).doesNotContain("张", "企业设立登记", PREMISES);

        HttpResponse<String> wrong = query(no, "2222AAAA");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("办件编号或查询密码不正确").doesNotContain("企业设立登记");
        HttpResponse<String> unknown = query("NO-SUCH-CASE", password);
        assertThat(unknown.statusCode()).as("an unknown case answers as a wrong password").isEqualTo(401);

        HttpResponse<String> shown = query(no, " " + password.toLowerCase() + " ");
        assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body()).contains("容缺受理", "企业设立登记", "张**", "2025年9月26日", PREMISES, "请于")
                .doesNotContain("张三丰", ID_NUMBER, "0519491231");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_STATUS_QUERIED' AND subject = ? "
                + "AND detail LIKE 'shown%' AND staff_id IS NULL", no)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_STATUS_QUERIED' "
                + "AND detail LIKE 'refused%'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_log WHERE detail LIKE ?", "%" + password + "%")).isZero();

        // supplemented: nothing outstanding any more, the state moves on
        Response supplement = api.postJson("/api/cases/" + no + "/supplements", window, new SupplementSubmission(
                UUID.randomUUID().toString(), null, List.of(MaterialCheck.received(PREMISES, 1, 1, 3))));
        assertThat(supplement.status()).as(supplement.body()).isEqualTo(200);
        assertThat(printed(no, "SUPPLEMENT_COMPLETE")).contains("查询密码", "（见受理通知书）").doesNotContain(password);
        assertThat(query(no, password).body()).doesNotContain(PREMISES, "请于");
    }

    @Test
    void guessing_is_limited_per_case_even_with_the_right_password_at_the_end() throws Exception {
        String no = newCase(HEALTH);
        ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        String password = passwordIn(printed(no, "ACCEPTANCE"));
        for (int i = 0; i < 5; i++) {
            assertThat(query(no, "2222AAA" + (i + 2)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = query(no, password);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("查询过于频繁").doesNotContain("公共场所卫生");

        clock.advance(Duration.ofMinutes(5));
        assertThat(query(no, password).statusCode()).isEqualTo(200);
    }

    @Test
    void the_qr_code_follows_the_halls_configured_public_address() throws Exception {
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET public_base_url = 'https://zwfw.example.gov.cn/'"));
        String no = newCase(HEALTH);
        ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        String url = server.jdbi().withHandle(h -> h.createQuery("SELECT d.data::jsonb->>'statusUrl' FROM case_documents d "
                + "JOIN cases k ON k.id = d.case_id WHERE k.case_no = :no AND d.kind = 'ACCEPTANCE'")
                .bind("no", no).mapTo(String.class).one());
        assertThat(url).isEqualTo("https://zwfw.example.gov.cn/s/" + no);
    }

    @Test
    void a_missed_deferral_takes_each_halls_policy_with_its_written_notice_and_a_missed_notice_is_withdrawn()
            throws Exception {
        String[][] policies = {{"WITHDRAWN", "WITHDRAWN", "WITHDRAWAL", "视为撤回申请通知书"},
                {"ACCEPTANCE_REVOKED", "ACCEPTANCE_REVOKED", "ACCEPTANCE_REVOCATION", "撤销受理决定书"},
                {"TERMINATED", "TERMINATED", "TERMINATION", "终止办理通知书"}};
        for (String[] p : policies) {
            // each policy on new cases, forty days after the last (the hall's policy is read when the sweep runs)
            signIn();
            LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
            server.jdbi().useHandle(h -> h.execute("UPDATE halls SET deferral_failure_policy = ?", p[0]));
            String deferred = newCase(COMPANY);
            ok(deferred, submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES))
                    .withCommitment(true)));
            String notice = newCase(HEALTH);
            ok(notice, submit(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))
                    .withSupplementDueOn(today.plusDays(4))));

            server.runDaySweep();
            assertThat(state(deferred)).as("not yet due").isEqualTo("ACCEPTED_DEFERRED");

            clock.advance(Duration.ofDays(40));
            server.runDaySweep();
            signIn();
            assertThat(state(deferred)).as(p[0]).isEqualTo(p[1]);
            assertThat(state(notice)).isEqualTo("WITHDRAWN");
            JsonNode consequence = document(deferred, p[2]);
            assertThat(consequence.path("issuedBy").isNull()).as("issued by the system").isTrue();
            String text = printed(deferred, p[2]);
            assertThat(text).contains(p[3], deferred, PREMISES, "示范县人民政府").doesNotContain("予以受理");
            String withdrawn = printed(notice, "WITHDRAWAL");
            assertThat(withdrawn).contains("视为撤回", "营业执照", "补正期限")
                    .as("never accepted: no 受理, no 容缺 promise").doesNotContain("容缺", "受理时间");
        }
    }
}
