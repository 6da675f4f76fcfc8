package org.yichuang.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.AgentInput;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.IntakeRules;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.person.ApplicantKind;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * The documents (文书) the server issues with intake outcomes and supplements (issue 10 item 9), on the demo hall and
 * catalog, real PostgreSQL and the real renderer: which kinds, their numbers, the stored PDFs' text, 副本, replays,
 * access and concurrency. The clock starts on Friday 2025-09-26, 10:00 in the hall.
 */
class DocumentApiTest {
    private static final Instant FRIDAY_0926 = Instant.parse("2025-09-26T02:00:00Z");
    private static final String HEALTH = "11450128MB1602185R4000104002000";      // 公共场所卫生许可 (5 WD)
    private static final String COMPANY = "11450128MB160475444000101011001";     // 企业设立登记 (容缺)
    private static final String PREMISES = "住所（经营场所）使用证明";
    private static final String NOT_A_PDF_TEXT = "%PDF";
    private static JsonNode catalog;

    private final MutableClock clock = new MutableClock(FRIDAY_0926);
    private TestServer server;
    private ApiClient api;
    private String window;
    private String supervisor;
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
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        temp = Files.createTempDirectory("documents-test");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String newCase(String itemCode) {
        Response r = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), itemCode,
                new ApplicantInput("张三", "11010519491231002X", null), null));
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

    private void accepted(String caseNo, IntakeRequest request) {
        Response r = intake(caseNo, IntakeSubmission.of(UUID.randomUUID().toString(), request));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private JsonNode documents(String caseNo, String token) {
        Response r = api.get("/api/cases/" + caseNo + "/documents", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<String> kinds(String caseNo) {
        List<String> out = new ArrayList<>();
        documents(caseNo, window).forEach(d -> out.add(d.path("kind").asText()));
        return out;
    }

    private ApiClient.Download pdf(String caseNo, long id, String paper) {
        return api.download("/api/cases/" + caseNo + "/documents/" + id + "/pdf" + (paper == null ? ""
                : "?paper=" + paper), window);
    }

    private HttpResponse<byte[]> copy(String caseNo, long id, String paper, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.builder("/api/cases/" + caseNo + "/documents/"
                    + id + "/copies?paper=" + paper, token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text as pdftotext reads it, without the whitespace it puts between CJK glyphs. */
    private String text(byte[] pdf) throws IOException, InterruptedException {
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo(NOT_A_PDF_TEXT);
        Path file = Files.createTempFile(temp, "doc", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.replaceAll("\\s+", "");
    }

    private List<Map<String, Object>> rows(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void an_acceptance_issues_the_receipt_and_the_acceptance_notice_numbered_and_served_on_both_papers()
            throws Exception {
        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        JsonNode list = documents(no, window);
        assertThat(kinds(no)).containsExactly("MATERIAL_RECEIPT", "ACCEPTANCE");
        assertThat(list.get(0).path("documentNumber").asText()).isEqualTo("示范政务收〔2025〕00001号");
        assertThat(list.get(1).path("documentNumber").asText()).isEqualTo("示范政务受〔2025〕00001号");
        assertThat(list.get(1).path("title").asText()).isEqualTo("受理通知书");
        assertThat(list.get(1).path("papers").toString()).isEqualTo("[\"A4\",\"RECEIPT_80MM\"]");
        assertThat(list.get(1).path("copiesPrinted").asInt()).isZero();
        assertThat(list.get(1).path("issuedBy").asText()).isNotBlank();

        long acceptance = list.get(1).path("id").asLong();
        ApiClient.Download a4 = pdf(no, acceptance, "A4");
        assertThat(a4.status()).isEqualTo(200);
        assertThat(a4.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String printed = text(a4.body());
        assertThat(printed).contains(no, "示范政务受〔2025〕00001号", "受理通知书").doesNotContain("副本");
        // the 80 mm slip is rendered on its first request from the same stored data, then kept: the same bytes after
        assertThat(count("SELECT count(*) FROM case_document_pdfs WHERE document_id = " + acceptance
                + " AND paper = 'RECEIPT_80MM'")).isZero();
        byte[] slip = pdf(no, acceptance, "RECEIPT_80MM").body();
        assertThat(text(slip)).contains(no, "示范政务受〔2025〕00001号").doesNotContain("副本");
        assertThat(count("SELECT count(*) FROM case_document_pdfs WHERE document_id = " + acceptance
                + " AND paper = 'RECEIPT_80MM'")).isEqualTo(1);
        assertThat(pdf(no, acceptance, "RECEIPT_80MM").body()).isEqualTo(slip);
        // without a paper: the A4 original, byte for byte the stored one
        assertThat(pdf(no, acceptance, null).body()).isEqualTo(a4.body());
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_DOCUMENT_ISSUED' AND subject = '" + no
                + "' AND detail LIKE '%示范政务受〔2025〕00001号%'")).isEqualTo(1);
    }

    @Test
    void the_receipt_before_the_notice_is_rendered_after_the_commit_and_on_request_if_that_was_lost()
            throws Exception {
        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        JsonNode list = documents(no, window);
        long receipt = list.get(0).path("id").asLong();
        long acceptance = list.get(1).path("id").asLong();
        // the notice the counter previews is stored when the outcome answers; the receipt follows the commit
        assertThat(count("SELECT count(*) FROM case_document_pdfs WHERE document_id = " + acceptance
                + " AND paper = 'A4'")).isEqualTo(1);
        String storedA4 = "SELECT count(*) FROM case_document_pdfs WHERE document_id = " + receipt + " AND paper = 'A4'";
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(storedA4) == 1);
        String printed = text(pdf(no, receipt, "A4").body());
        assertThat(printed).contains(no, "材料接收凭证", "示范政务收〔2025〕00001号").doesNotContain("副本");

        // a server stopped between the commit and that render: the first request renders the same document
        server.jdbi().useHandle(h -> h.execute("DELETE FROM case_document_pdfs WHERE document_id = ?", receipt));
        byte[] again = pdf(no, receipt, "A4").body();
        assertThat(text(again)).isEqualTo(printed);
        assertThat(count(storedA4)).isEqualTo(1);
        assertThat(pdf(no, receipt, "A4").body()).isEqualTo(again);
    }

    @Test
    void a_company_applying_through_an_agent_is_printed_as_the_company_with_its_representative_and_agent()
            throws Exception {
        Response created = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), HEALTH,
                ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "示范科技有限公司", "91450100MA5K12347C", "李四",
                        null, new AgentInput("王五", DocumentType.RESIDENT_ID, "11010519491231002X", "13800138000"))
                        .withRepresentativeDocument(DocumentType.RESIDENT_ID, "450102198001011237"), null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String no = created.json().path("caseNo").asText();
        // with an agent the item's own 授权委托书 line is required (IntakeRules.checklist)
        List<MaterialCheck> checklist = allIn(HEALTH).stream().map(m -> m.name().contains(IntakeRules.AUTHORISATION)
                ? MaterialCheck.received(m.name(), 1, 0, 1) : m).toList();
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, checklist));

        long acceptance = documents(no, window).get(1).path("id").asLong();
        String printed = text(pdf(no, acceptance, "A4").body());

        assertThat(printed).contains("示范科技有限公司", "91450100MA5K12347C", "李四", "王五")
                .doesNotContain("11010519491231002X");
        // the representative's own document beside their name, masked as every person's number on paper
        assertThat(printed).contains("法定代表人证件", "居民身份证4501**********1237")
                .doesNotContain("450102198001011237");
        String slip = text(pdf(no, acceptance, "RECEIPT_80MM").body());
        assertThat(slip).contains("4501**********1237").doesNotContain("450102198001011237");
    }

    @Test
    void each_outcome_issues_exactly_the_documents_of_the_rule_and_nothing_says_accepted_unless_it_was()
            throws Exception {
        String supplement = newCase(HEALTH);
        accepted(supplement, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))
                .withSupplementDueOn(LocalDate.of(2025, 10, 17)));
        assertThat(kinds(supplement)).containsExactly("MATERIAL_RECEIPT", "SUPPLEMENT_NOTICE");

        String deferred = newCase(COMPANY);
        accepted(deferred, IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES))
                .withCommitment(true));
        assertThat(kinds(deferred)).containsExactly("MATERIAL_RECEIPT", "DEFERRAL_PLEDGE", "DEFERRED_ACCEPTANCE");

        String refused = newCase(HEALTH);
        accepted(refused, IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("申请事项属于市级事权", "《中华人民共和国行政许可法》第三十二条第一款第二项", "南宁市卫生健康委员会"));
        assertThat(kinds(refused)).containsExactly("NOT_COMPETENT");
        JsonNode refusal = documents(refused, window).get(0);
        assertThat(refusal.path("papers").toString()).isEqualTo("[\"A4\"]");
        String printed = text(pdf(refused, refusal.path("id").asLong(), "A4").body());
        assertThat(printed).contains(refused, refusal.path("documentNumber").asText(), "不予受理通知书", "示范县人民政府")
                .doesNotContain("予以受理");

        // one counter per kind: the second receipt of the hall and year is number 2, and so on
        List<String> receipts = new ArrayList<>();
        rows("SELECT document_number FROM case_documents WHERE kind = 'MATERIAL_RECEIPT' ORDER BY id")
                .forEach(r -> receipts.add((String) r.get("document_number")));
        assertThat(receipts).containsExactly("示范政务收〔2025〕00001号", "示范政务收〔2025〕00002号");
    }

    @Test
    void a_completed_supplement_issues_its_receipt_and_the_acceptance_and_a_missed_one_its_written_consequence() {
        String supplement = newCase(HEALTH);
        accepted(supplement, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))
                .withSupplementDueOn(LocalDate.of(2025, 10, 17)));
        Response r = api.postJson("/api/cases/" + supplement + "/supplements", window, new SupplementSubmission(
                UUID.randomUUID().toString(), null, List.of(MaterialCheck.received("营业执照", 1, 1, 1))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(kinds(supplement)).containsExactly("MATERIAL_RECEIPT", "SUPPLEMENT_NOTICE", "MATERIAL_RECEIPT",
                "ACCEPTANCE");

        String missed = newCase(HEALTH);
        accepted(missed, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))
                .withSupplementDueOn(LocalDate.of(2025, 9, 30)));
        clock.advance(Duration.ofDays(7));
        server.runDaySweep();
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        JsonNode list = documents(missed, window);
        assertThat(kinds(missed)).containsExactly("MATERIAL_RECEIPT", "SUPPLEMENT_NOTICE", "WITHDRAWAL");
        assertThat(list.get(2).path("issuedBy").isNull()).as("issued by the system").isTrue();
    }

    @Test
    void a_copy_says_copy_and_is_counted_and_audited_while_the_original_stays_as_issued() throws Exception {
        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        long id = documents(no, window).get(1).path("id").asLong();
        byte[] original = pdf(no, id, "A4").body();

        HttpResponse<byte[]> first = copy(no, id, "A4", window);
        assertThat(first.statusCode()).isEqualTo(200);
        String copyText = text(first.body());
        assertThat(copyText).contains("副本", no, "示范政务受〔2025〕00001号", "受理通知书");
        assertThat(copy(no, id, "RECEIPT_80MM", window).statusCode()).isEqualTo(200);
        assertThat(documents(no, window).get(1).path("copiesPrinted").asInt()).isEqualTo(2);
        assertThat(pdf(no, id, "A4").body()).as("the original is kept as issued").isEqualTo(original);
        assertThat(text(original)).doesNotContain("副本");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_DOCUMENT_COPIED' AND subject = '"
                + no + "'")).isEqualTo(2);
    }

    @Test
    void a_replayed_intake_issues_nothing_new() {
        String no = newCase(HEALTH);
        IntakeSubmission s = IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        Response first = intake(no, s);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Response again = intake(no, s);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(count("SELECT count(*) FROM case_documents")).isEqualTo(2);
        assertThat(count("SELECT sum(last_value)::int FROM document_counters")).isEqualTo(2);
    }

    @Test
    void a_refused_intake_issues_nothing_and_takes_no_number() {
        String no = newCase(HEALTH);
        Response r = intake(no, IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, without(HEALTH, "营业执照"))));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM case_documents")).isZero();
        assertThat(count("SELECT count(*) FROM document_counters")).isZero();
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        assertThat(documents(no, window).get(1).path("documentNumber").asText()).endsWith("00001号");
    }

    @Test
    void the_halls_own_pattern_and_kind_code_number_its_documents_and_a_malformed_pattern_refuses_the_outcome()
            throws Exception {
        server.jdbi().useHandle(h -> {
            h.execute("UPDATE halls SET document_number_pattern = '{hall}（{year}）{kind}字第{seq:3}号'");
            h.execute("INSERT INTO hall_document_codes (hall_id, kind, code) SELECT id, 'ACCEPTANCE', '准受' FROM halls");
        });
        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        JsonNode list = documents(no, window);
        assertThat(list.get(0).path("documentNumber").asText()).isEqualTo("示范政务（2025）收字第001号");
        assertThat(list.get(1).path("documentNumber").asText()).isEqualTo("示范政务（2025）准受字第001号");
        assertThat(text(pdf(no, list.get(1).path("id").asLong(), "A4").body())).contains("示范政务（2025）准受字第001号");

        // a pattern without {seq} would give one number twice: the outcome is refused with the code, nothing stored
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET document_number_pattern = '{hall}{kind}〔{year}〕号'"));
        String other = newCase(HEALTH);
        Response r = intake(other, IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("DOCUMENT_NUMBER_PATTERN_INVALID");
        assertThat(r.body()).contains("文书编号格式");
        assertThat(documents(other, window)).isEmpty();
        assertThat(count("SELECT count(*) FROM case_intakes i JOIN cases c ON c.id = i.case_id WHERE c.case_no = '"
                + other + "'")).isZero();
        assertThat(count("SELECT count(*) FROM case_documents")).isEqualTo(2);
    }

    @Test
    void settings_saved_on_the_hall_settings_page_number_the_next_document_and_name_the_remedies_of_a_refusal() {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        JsonNode current = api.get("/api/hall/document-settings", admin).json().path("settings");
        Map<org.yichuang.core.notice.NoticeKind, String> codes = new java.util.EnumMap<>(
                org.yichuang.core.notice.NoticeKind.class);
        codes.put(org.yichuang.core.notice.NoticeKind.ACCEPTANCE, "准受");
        Response saved = api.putJson("/api/hall/document-settings", admin,
                new org.yichuang.core.api.HallDocumentSettings("南宁市青秀区人民政府", "南宁市青秀区人民法院",
                        org.yichuang.core.intake.DeferralFailurePolicy.WITHDRAWN, false,
                        "{hall}〔{year}〕{kind}字第{seq:3}号", current.path("documentAbbreviation").asText(),
                        "0771-5551234", "0771-5559999", codes));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        JsonNode list = documents(no, window);
        assertThat(list.get(0).path("documentNumber").asText()).isEqualTo("示范政务〔2025〕收字第001号");
        assertThat(list.get(1).path("documentNumber").asText()).isEqualTo("示范政务〔2025〕准受字第001号");

        String refused = newCase(HEALTH);
        accepted(refused, IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("申请事项属于市级事权", "《中华人民共和国行政许可法》第三十二条第一款第二项", "南宁市卫生健康委员会"));
        List<Map<String, Object>> notice = rows("SELECT data, document_number FROM case_documents "
                + "WHERE kind = 'NOT_COMPETENT'");
        assertThat(notice).hasSize(1);
        assertThat((String) notice.get(0).get("document_number")).isEqualTo("示范政务〔2025〕不受字第001号");
        // (the phones: this item prints its own, which come before the hall's)
        assertThat((String) notice.get(0).get("data")).contains("南宁市青秀区人民政府", "南宁市青秀区人民法院")
                .doesNotContain("示范县人民政府");
    }

    @Test
    void unknown_cases_documents_and_papers_and_another_halls_case_are_refused_with_stable_codes() {
        String no = newCase(HEALTH);
        accepted(no, IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("申请事项属于市级事权", "《中华人民共和国行政许可法》第三十二条第一款第二项", "南宁市卫生健康委员会"));
        long id = documents(no, window).get(0).path("id").asLong();

        Response unknownCase = api.get("/api/cases/NO-SUCH-CASE/documents", window);
        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(unknownCase.code()).isEqualTo("CASE_NOT_FOUND");
        Response unknownDoc = api.get("/api/cases/" + no + "/documents/" + (id + 1000) + "/pdf?paper=A4", window);
        assertThat(unknownDoc.status()).isEqualTo(404);
        assertThat(unknownDoc.code()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(api.get("/api/cases/" + no + "/documents/abc/pdf", window).code()).isEqualTo("DOCUMENT_NOT_FOUND");
        // a refusal has no 80 mm slip; an unknown paper is refused alike
        Response slip = api.get("/api/cases/" + no + "/documents/" + id + "/pdf?paper=RECEIPT_80MM", window);
        assertThat(slip.status()).isEqualTo(400);
        assertThat(slip.code()).isEqualTo("DOCUMENT_PAPER_NOT_AVAILABLE");
        assertThat(slip.json().path("message").asText()).contains("不予受理通知书", "A4");
        assertThat(api.get("/api/cases/" + no + "/documents/" + id + "/pdf?paper=A3", window).code())
                .isEqualTo("DOCUMENT_PAPER_NOT_AVAILABLE");
        assertThat(copy(no, id, "RECEIPT_80MM", window).statusCode()).isEqualTo(400);
        assertThat(count("SELECT copies_printed FROM case_documents WHERE id = " + id)).isZero();

        // the case moves to a counter of another hall: the window clerk of this hall may not read it, a supervisor may
        server.jdbi().useHandle(h -> {
            long hall = h.createUpdate("INSERT INTO halls (name) VALUES ('另一个政务服务中心')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long counter = h.createUpdate("INSERT INTO counters (hall_id, number, name) VALUES (:h, 1, '1号窗口')")
                    .bind("h", hall).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("UPDATE cases SET counter_id = :c WHERE case_no = :no").bind("c", counter).bind("no", no)
                    .execute();
        });
        Response other = api.get("/api/cases/" + no + "/documents", window);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("CASE_OF_OTHER_HALL");
        assertThat(api.get("/api/cases/" + no + "/documents/" + id + "/pdf", window).code())
                .isEqualTo("CASE_OF_OTHER_HALL");
        assertThat(documents(no, supervisor)).hasSize(1);
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        assertThat(api.get("/api/cases/" + no + "/documents", admin).status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + no + "/documents", null).status()).isEqualTo(401);
    }

    @Test
    void many_counters_accepting_at_once_get_distinct_consecutive_numbers() throws Exception {
        // as many counters as the test server has connections: each waits for the others on the hall's counter row
        // (bench/intake-load.sh runs 16 counters against the server's usual pool)
        int threads = 4;
        int each = 3;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < threads * each; i++) {
            cases.add(newCase(HEALTH));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String no : cases) {
                answers.add(pool.submit(() -> intake(no, IntakeSubmission.of(UUID.randomUUID().toString(),
                        IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)))).status()));
            }
            for (Future<Integer> a : answers) {
                assertThat(a.get(5, TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        int n = threads * each;
        for (String kind : List.of("MATERIAL_RECEIPT", "ACCEPTANCE")) {
            List<Map<String, Object>> seqs = rows("SELECT count(*) AS n, count(DISTINCT seq) AS d, "
                    + "count(DISTINCT document_number) AS numbers, min(seq) AS lo, max(seq) AS hi "
                    + "FROM case_documents WHERE kind = '" + kind + "'");
            assertThat(seqs.get(0)).as(kind).containsEntry("n", (long) n).containsEntry("d", (long) n)
                    .containsEntry("numbers", (long) n).containsEntry("lo", 1).containsEntry("hi", n);
        }
        assertThat(count("SELECT count(DISTINCT case_id) FROM case_documents WHERE kind = 'ACCEPTANCE'")).isEqualTo(n);
        // each 受理通知书's A4 original is stored at issue, each 材料接收凭证's just after the commit (the 80 mm slips on
        // their first request)
        assertThat(count("SELECT count(*) FROM case_document_pdfs p JOIN case_documents d ON d.id = p.document_id "
                + "WHERE p.paper = 'A4' AND d.kind = 'ACCEPTANCE'")).isEqualTo(n);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                count("SELECT count(*) FROM case_document_pdfs WHERE paper = 'A4'")).isEqualTo(2 * n));
    }
}
