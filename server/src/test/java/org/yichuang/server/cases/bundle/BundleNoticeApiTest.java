package org.yichuang.server.cases.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewBundleCase;
import org.yichuang.core.bundle.BundleChecklist;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.MergedMaterial;
import org.yichuang.core.catalog.ServiceItem;
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
 * One notice per 一件事 application, the children's 领取方式 and the application's queue ticket, through the API on the
 * demo hall and catalog with real PostgreSQL (issue 10 items 7–9).
 */
class BundleNoticeApiTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant FRIDAY_10 = LocalDateTime.of(2026, 2, 13, 10, 0).atZone(HALL).toInstant();
    private static final String FOOD = "11450128MB160475444000101013001";
    private static final String SEWAGE = "11450128MB1604260C4000101113000";
    private static final String STALL = "11450128MB160475444000101012001";
    private static final String CANYIN = "BUNDLE-CANYIN";

    private final MutableClock clock = new MutableClock(FRIDAY_10);
    private TestServer server;
    private ApiClient api;
    private String window;
    private CatalogDocument demo;
    private Path temp;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(clock);
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院'"));
        api = new ApiClient(server.baseUrl());
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        demo = server.demoCatalog();
        temp = Files.createTempDirectory("bundle-notice-test");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        try (var files = Files.walk(temp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private JsonNode receive(Long ticketId) {
        Response r = api.postJson("/api/bundle-cases", window, new NewBundleCase(UUID.randomUUID().toString(), CANYIN,
                new ApplicantInput("张三", "11010519491231002X", "13800138000"), null, ticketId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private List<ServiceItem> members() {
        List<ServiceItem> out = new ArrayList<>();
        for (String code : List.of(STALL, FOOD, SEWAGE)) {
            out.add(demo.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst().orElseThrow());
        }
        return out;
    }

    private List<MaterialCheck> allIn(String missing) {
        List<MaterialCheck> out = new ArrayList<>();
        for (MergedMaterial m : BundleChecklist.merged(members())) {
            String name = m.material().name();
            out.add(name.equals(missing) ? MaterialCheck.missing(name)
                    : m.material().source() == MaterialSource.SHARED ? MaterialCheck.shared(name)
                    : m.material().required() ? MaterialCheck.received(name, 1, 1, 2)
                    : MaterialCheck.notApplicable(name));
        }
        return out;
    }

    private Response intake(String parentNo, IntakeSubmission s) {
        return api.postJson("/api/cases/" + parentNo + "/intake", window, s);
    }

    private JsonNode documents(String caseNo) {
        Response r = api.get("/api/cases/" + caseNo + "/documents", window);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> kinds(JsonNode documents) {
        List<String> out = new ArrayList<>();
        documents.forEach(d -> out.add(d.path("kind").asText()));
        return out;
    }

    private long idOf(JsonNode documents, String kind) {
        for (JsonNode d : documents) {
            if (d.path("kind").asText().equals(kind)) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " in " + documents);
    }

    /** The PDF's text as pdftotext reads it, without whitespace. */
    private String text(byte[] pdf) throws IOException, InterruptedException {
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        Path file = Files.createTempFile(temp, "doc", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.replaceAll("\\s+", "");
    }

    private String documentText(String caseNo, long id) throws IOException, InterruptedException {
        ApiClient.Download d = api.download("/api/cases/" + caseNo + "/documents/" + id + "/pdf", window);
        assertThat(d.status()).isEqualTo(200);
        return text(d.body());
    }

    private long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void an_accepted_application_issues_one_acceptance_notice_with_the_parent_and_every_member()
            throws IOException, InterruptedException {
        JsonNode receipt = receive(null);
        String parent = receipt.path("parentCaseNo").asText();
        IntakeSubmission s = IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(null)));

        Response r = intake(parent, s);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode issued = documents(parent);
        assertThat(kinds(issued)).containsExactly("MATERIAL_RECEIPT", "ACCEPTANCE");
        String acceptance = documentText(parent, idOf(issued, "ACCEPTANCE"));
        // kept under target/ for a person to look at (pdftoppm), as the reports module keeps its renderings
        Path look = Path.of("target", "bundle-notice");
        Files.createDirectories(look);
        Files.write(look.resolve("acceptance-a4.pdf"), api.download("/api/cases/" + parent + "/documents/"
                + idOf(issued, "ACCEPTANCE") + "/pdf", window).body());
        assertThat(acceptance).contains("受理通知书", parent, "予以受理", "办理事项清单（共3项）");
        for (JsonNode child : receipt.path("children")) {
            assertThat(acceptance).contains(child.path("itemName").asText(), child.path("caseNo").asText(),
                    child.path("department").asText());
        }
        String materials = documentText(parent, idOf(issued, "MATERIAL_RECEIPT"));
        assertThat(materials).contains("材料接收凭证", parent).doesNotContain("予以受理");
        // one 申请人身份证明 line for the application, though every member asks for it
        assertThat(materials.split("申请人身份证明", -1)).hasSize(2);
        // a re-print says 副本; the original does not
        var copy = java.net.http.HttpClient.newHttpClient().send(api.builder("/api/cases/" + parent + "/documents/"
                + idOf(issued, "ACCEPTANCE") + "/copies?paper=A4", window)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(text(copy.body())).contains("副本", parent);
        assertThat(acceptance).doesNotContain("副本");
        // the QR code and 查询密码 of the notice open the application's own status page: its name, not a member's
        java.util.regex.Matcher pw = java.util.regex.Pattern.compile("查询密码([2-9A-HJKMNP-Z]{8})").matcher(acceptance);
        assertThat(pw.find()).as(acceptance).isTrue();
        var status = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + "/s/" + parent))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("password=" + pw.group(1))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).contains("开办餐饮店", parent).doesNotContain("个体工商户登记");
        // the children keep their own documents for the departments' back office
        assertThat(kinds(documents(receipt.path("children").get(1).path("caseNo").asText())))
                .contains("ACCEPTANCE");

        // the same application intake again replays: no second notice
        long before = count("SELECT count(*) FROM case_documents");
        Response again = intake(parent, s);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM case_documents")).isEqualTo(before);
        assertThat(kinds(documents(parent))).containsExactly("MATERIAL_RECEIPT", "ACCEPTANCE");
    }

    @Test
    void an_application_needing_a_supplement_issues_one_notice_that_does_not_say_accepted()
            throws IOException, InterruptedException {
        JsonNode receipt = receive(null);
        String parent = receipt.path("parentCaseNo").asText();

        Response r = intake(parent, IntakeSubmission.of(UUID.randomUUID().toString(),
                new IntakeRequest(IntakeOutcome.NEEDS_SUPPLEMENT, allIn("食品安全规章制度目录清单"), false, false,
                        "缺少食品安全规章制度目录清单", null, null, LocalDate.of(2026, 3, 2), null)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode issued = documents(parent);
        assertThat(kinds(issued)).containsExactly("MATERIAL_RECEIPT", "SUPPLEMENT_NOTICE");
        String notice = documentText(parent, idOf(issued, "SUPPLEMENT_NOTICE"));
        assertThat(notice).contains("补正材料一次性告知书", parent, "食品安全规章制度目录清单")
                .doesNotContain("予以受理").doesNotContain("决定受理");
        for (JsonNode child : receipt.path("children")) {
            assertThat(notice).contains(child.path("caseNo").asText());
        }
    }

    @Test
    void the_children_take_the_collection_method_chosen_for_the_application() {
        List<ServiceItem> members = members();
        // a method some member offers but would not take by default: the test fails if the choice is dropped
        CollectionMethod chosen = java.util.Arrays.stream(CollectionMethod.values())
                .filter(m -> members.stream().anyMatch(i -> CollectionMethod.allowedFor(i).contains(m)
                        && CollectionMethod.defaultFor(i) != m))
                .findFirst().orElseThrow();
        String parent = receive(null).path("parentCaseNo").asText();

        Response r = intake(parent, IntakeSubmission.of(UUID.randomUUID().toString(),
                IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(null))).withCollectionMethod(chosen));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> stored = server.jdbi().withHandle(h -> h.createQuery("SELECT i.collection_method FROM cases k "
                + "JOIN case_intakes i ON i.case_id = k.id WHERE k.parent_case_id IS NOT NULL "
                + "ORDER BY k.bundle_position").mapTo(String.class).list());
        assertThat(stored).containsExactlyElementsOf(members.stream()
                .map(i -> CollectionMethod.forMember(i, chosen).name()).toList());
        assertThat(stored).contains(chosen.name());
    }

    /** Issues A001 at reception, lets it wait 7 minutes and calls it at counter 1. */
    private long calledAtCounter1() {
        Response issued = api.postJson("/api/queue/tickets", window, Map.of("categoryCode", "GENERAL"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(7));
        Response called = api.postJson("/api/queue/counter/next", window, Map.of());
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        return called.json().get("id").asLong();
    }

    @Test
    void an_application_for_the_served_ticket_knows_it_and_its_waiting_time() {
        long ticket = calledAtCounter1();

        JsonNode receipt = receive(ticket);

        assertThat(receipt.path("ticketNumber").asText()).isEqualTo("A001");
        assertThat(receipt.path("ticketWaitSeconds").asLong()).isEqualTo(420);
        // the parent and every child: each department's case knows the ticket and the wait
        assertThat(count("SELECT count(*) FROM cases WHERE ticket_id = " + ticket)).isEqualTo(4);
        String child = receipt.path("children").get(0).path("caseNo").asText();
        assertThat(api.get("/api/cases/" + child, window).json().path("ticketNumber").asText()).isEqualTo("A001");
    }

    @Test
    void a_ticket_this_counter_does_not_serve_is_refused_and_nothing_is_stored() {
        long ticket = calledAtCounter1();
        String other = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);

        Response r = api.postJson("/api/bundle-cases", other, new NewBundleCase(UUID.randomUUID().toString(), CANYIN,
                new ApplicantInput("张三", "11010519491231002X", null), null, ticket));

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("CASE_TICKET_NOT_AT_COUNTER");
        assertThat(count("SELECT count(*) FROM cases")).isZero();
    }
}
