package org.yichuang.server.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.AgentInput;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.person.ApplicantKind;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * Applicants of every kind over the API (issue 10 item 1-2), real PostgreSQL: natural persons with any document,
 * legal persons and other organisations, agents and their 授权委托书, the returning-applicant lookup and its audit.
 * Each bad field answers its stable code with a precise Chinese message and stores nothing.
 */
class ApplicantApiTest {
    private static final String RESIDENT = "11010519491231002X";
    private static final String COMPANY = "91450100MA5K12347C";
    private static final AgentInput AGENT = new AgentInput("陈大文", DocumentType.HK_MACAO_PERMIT, "H12345678",
            "13800138000");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:00:00Z"));
    private TestServer server;
    private ApiClient api;
    private String clerk;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response create(ApplicantInput applicant) {
        return api.postJson("/api/cases", clerk, new NewCase(UUID.randomUUID().toString(), server.anyItemCode(),
                applicant, null));
    }

    private String created(ApplicantInput applicant) {
        Response r = create(applicant);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private Map<String, Object> row(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().one());
    }

    private void assertNothingStored() {
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
        assertThat(count("SELECT count(*) FROM audit_log WHERE action LIKE 'CASE%'")).isZero();
    }

    @Test
    void an_old_body_with_only_name_id_number_and_phone_still_creates_a_resident_id_case() {
        Response r = api.post("/api/cases", clerk, "{\"idempotencyKey\":\"old-client-1\",\"itemCode\":\""
                + server.anyItemCode() + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"１１０１０５１９４９１２３１００２ｘ\","
                + "\"phone\":\"13800138000\"}}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("applicantIdNumberMasked").asText()).isEqualTo("1101**********002X");
        assertThat(row("SELECT kind, id_type, id_number, legal_representative FROM persons")).containsExactlyInAnyOrderEntriesOf(
                mapOf("kind", "NATURAL_PERSON", "id_type", "RESIDENT_ID", "id_number", RESIDENT,
                        "legal_representative", null));
        assertThat(count("SELECT count(*) FROM cases WHERE agent_name IS NULL")).isEqualTo(1);
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void every_kind_of_applicant_and_agent_is_stored_in_its_normal_form() {
        created(ApplicantInput.naturalPerson("John Smith", DocumentType.PASSPORT, "e 1234 5678", null, null));
        created(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司", "９１４５０１００ma5k12347c",
                "李四", "0771-5234567", AGENT));

        assertThat(row("SELECT kind, id_type, id_number FROM persons WHERE id_type = 'PASSPORT'"))
                .containsEntry("id_number", "E12345678").containsEntry("kind", "NATURAL_PERSON");
        assertThat(row("SELECT kind, id_type, id_number, name, legal_representative FROM persons "
                + "WHERE id_type = 'CREDIT_CODE'")).containsExactlyInAnyOrderEntriesOf(mapOf("kind", "LEGAL_PERSON",
                "id_type", "CREDIT_CODE", "id_number", COMPANY, "name", "南宁示范科技有限公司",
                "legal_representative", "李四"));
        assertThat(row("SELECT applicant_name, legal_representative, agent_name, agent_document_type, "
                + "agent_document_number, agent_phone FROM cases WHERE agent_name IS NOT NULL"))
                .containsExactlyInAnyOrderEntriesOf(mapOf("applicant_name", "南宁示范科技有限公司",
                        "legal_representative", "李四", "agent_name", "陈大文", "agent_document_type", "HK_MACAO_PERMIT",
                        "agent_document_number", "H12345678", "agent_phone", "13800138000"));
    }

    @Test
    void each_bad_applicant_field_answers_its_stable_code_with_a_precise_message_and_stores_nothing() {
        record Bad(ApplicantInput input, String code, String message) {
        }
        // a code whose check characters are right but whose 3rd-8th characters are no region code
        String noRegion = "91AB0100MA5K1234" + org.yichuang.core.identity.CreditCode.organizationCheck("MA5K1234");
        noRegion = noRegion + org.yichuang.core.identity.CreditCode.checkCharacter(noRegion);
        Bad[] bad = {
            // a document number in the wrong format for its type
            new Bad(ApplicantInput.naturalPerson("陈大文", DocumentType.HK_MACAO_PERMIT, "12345678", null, null),
                    "HK_MACAO_PERMIT_FORMAT", "H 或 M"),
            new Bad(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, "810000199001011230", null, null),
                    "DOCUMENT_TYPE_MISMATCH", "港澳台居民居住证"),
            new Bad(ApplicantInput.naturalPerson("王五", DocumentType.TAIWAN_PERMIT, "1234", null, null),
                    "TAIWAN_PERMIT_FORMAT", "8 位数字"),
            new Bad(ApplicantInput.naturalPerson("John Smith", DocumentType.PASSPORT, "E12#4567", null, null),
                    "PASSPORT_NUMBER_FORMAT", "护照号码"),
            new Bad(ApplicantInput.naturalPerson("张三", null, RESIDENT, null, null), "DOCUMENT_TYPE_REQUIRED", "证件类型"),
            // a legal person with a bad credit code
            new Bad(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "某公司", "91450100MA5K12347D", "李四", null,
                    null), "CREDIT_CODE_INVALID", "第 18 位"),
            new Bad(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "某公司", noRegion, "李四", null, null),
                    "CREDIT_CODE_REGION", "行政区划码"),
            new Bad(ApplicantInput.organisation(ApplicantKind.OTHER_ORGANISATION, "某协会", COMPANY, " ", null, null),
                    "FIELD_REQUIRED", "负责人"),
            new Bad(new ApplicantInput(ApplicantKind.LEGAL_PERSON, "某公司", DocumentType.RESIDENT_ID, RESIDENT, null,
                    COMPANY, "李四", null, null), "APPLICANT_KIND_MISMATCH", "统一社会信用代码"),
            // an agent without their own complete identity
            new Bad(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                    new AgentInput("陈大文", DocumentType.HK_MACAO_PERMIT, "H12345678", null)), "AGENT_INCOMPLETE",
                    "联系电话"),
            new Bad(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null,
                    new AgentInput("陈大文", DocumentType.RESIDENT_ID, "110105194912310021", "13800138000")),
                    "ID_NUMBER_CHECKSUM", "代理人"),
        };
        for (Bad b : bad) {
            Response r = create(b.input());
            assertThat(r.status()).as(b.toString()).isEqualTo(400);
            assertThat(r.code()).as(r.body()).isEqualTo(b.code());
            assertThat(r.json().path("message").asText()).as(r.body()).contains(b.message());
        }
        assertNothingStored();
    }

    @Test
    void a_legal_persons_representative_document_is_stored_normalised_audited_and_given_back_on_lookup() {
        String caseNo = created(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司", COMPANY,
                "李四", null, null).withRepresentativeDocument(DocumentType.RESIDENT_ID, "1101 0519 4912 3100 2x"));

        assertThat(row("SELECT legal_representative_document_type AS t, legal_representative_document_number AS n "
                + "FROM cases WHERE case_no = '" + caseNo + "'")).containsEntry("t", "RESIDENT_ID")
                .containsEntry("n", RESIDENT);
        assertThat(row("SELECT legal_representative_document_type AS t, legal_representative_document_number AS n "
                + "FROM persons WHERE id_type = 'CREDIT_CODE'")).containsEntry("t", "RESIDENT_ID")
                .containsEntry("n", RESIDENT);
        // written in the case's audited transaction, and never in the audit text itself
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_CREATED' AND subject = '" + caseNo
                + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%" + RESIDENT + "%'")).isZero();

        Response company = api.postJson("/api/applicants/lookup", clerk, ApplicantLookup.byCreditCode(COMPANY));
        assertThat(company.status()).as(company.body()).isEqualTo(200);
        assertThat(company.json().path("representativeDocumentType").asText()).isEqualTo("RESIDENT_ID");
        assertThat(company.json().path("representativeDocumentNumber").asText()).isEqualTo(RESIDENT);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'APPLICANT_LOOKUP'")).isEqualTo(1);
    }

    @Test
    void a_bad_representative_document_number_is_refused_with_the_documents_own_code_and_stores_nothing() {
        ApplicantInput company = ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司", COMPANY,
                "李四", null, null);
        Response checksum = create(company.withRepresentativeDocument(DocumentType.RESIDENT_ID,
                "110105194912310021"));
        assertThat(checksum.status()).as(checksum.body()).isEqualTo(400);
        assertThat(checksum.code()).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(checksum.json().path("message").asText()).startsWith("法定代表人的").contains("校验位");
        Response format = create(company.withRepresentativeDocument(DocumentType.HK_MACAO_PERMIT, "12345678"));
        assertThat(format.code()).as(format.body()).isEqualTo("HK_MACAO_PERMIT_FORMAT");
        Response noType = create(company.withRepresentativeDocument(null, RESIDENT));
        assertThat(noType.code()).as(noType.body()).isEqualTo("DOCUMENT_TYPE_REQUIRED");
        Response person = create(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null, null)
                .withRepresentativeDocument(DocumentType.RESIDENT_ID, RESIDENT));
        assertThat(person.code()).as(person.body()).isEqualTo("APPLICANT_KIND_MISMATCH");
        assertNothingStored();
    }

    /** The item's checklist with the agent's 授权委托书 line as {@code proxy}; everything else in. */
    private static List<MaterialCheck> checklist(JsonNode options, MaterialCheck proxy) {
        List<MaterialCheck> out = new java.util.ArrayList<>();
        for (JsonNode m : options.path("checklist")) {
            String name = m.path("name").asText();
            out.add(name.contains("授权委托书") ? new MaterialCheck(name, proxy.status(), proxy.channel(), false,
                    proxy.originals(), proxy.copies(), proxy.pages(), proxy.problem())
                    : m.path("required").asBoolean() ? MaterialCheck.received(name, 1, 1, 2)
                    : MaterialCheck.notApplicable(name));
        }
        return out;
    }

    @Test
    void a_case_with_an_agent_cannot_be_accepted_without_the_power_of_attorney() {
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        String caseNo = created(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, null, AGENT));
        String inPerson = created(new ApplicantInput("李四", "450102198001011237", null));
        ServiceItem item = server.demoCatalog().items().stream()
                .filter(i -> i.implementationCode().equals(server.anyItemCode())).findFirst().orElseThrow();

        Response options = api.postJson("/api/cases/" + caseNo + "/intake/options", clerk, IntakeSubmission.of(null,
                IntakeRequest.of(IntakeOutcome.ACCEPT, List.of())));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        JsonNode proxyLine = null;
        for (JsonNode m : options.json().path("checklist")) {
            if (m.path("name").asText().contains("授权委托书")) {
                proxyLine = m;
            }
        }
        assertThat(proxyLine).as("the 授权委托书 on the checklist: " + options.body()).isNotNull();
        assertThat(proxyLine.path("required").asBoolean()).isTrue();
        assertThat(proxyLine.path("deferrable").asBoolean()).isFalse();
        Response plain = api.postJson("/api/cases/" + inPerson + "/intake/options", clerk, IntakeSubmission.of(null,
                IntakeRequest.of(IntakeOutcome.ACCEPT, List.of())));
        assertThat(plain.json().path("checklist")).hasSize(item.materials().size());

        List<MaterialCheck> without = checklist(options.json(), MaterialCheck.missing("x"));
        Response refused = api.postJson("/api/cases/" + caseNo + "/intake", clerk, IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, without).withIntentAsked(true)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INTAKE_AGENT_AUTHORISATION_MISSING");
        assertThat(refused.json().path("message").asText()).contains("授权委托书", "代理人");
        assertThat(count("SELECT count(*) FROM case_intakes")).isZero();
        assertThat(count("SELECT count(*) FROM case_materials")).isZero();
        assertThat(count("SELECT count(*) FROM cases WHERE state <> 'RECEIVED'")).isZero();
        Response offered = api.postJson("/api/cases/" + caseNo + "/intake/options", clerk, IntakeSubmission.of(null,
                IntakeRequest.of(IntakeOutcome.ACCEPT, without)));
        assertThat(offered.json().path("offered").toString()).doesNotContain("\"ACCEPT\"")
                .contains("NEEDS_SUPPLEMENT");

        List<MaterialCheck> with = checklist(options.json(), MaterialCheck.received("x", 1, 0, 1));
        Response accepted = api.postJson("/api/cases/" + caseNo + "/intake", clerk, IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, with).withIntentAsked(true)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(count("SELECT count(*) FROM case_materials WHERE name LIKE '%授权委托书%' AND status = 'RECEIVED'"))
                .isEqualTo(1);
    }

    @Test
    void a_returning_applicant_is_found_by_document_or_credit_code_and_the_lookup_is_audited() {
        created(ApplicantInput.naturalPerson("张三", DocumentType.RESIDENT_ID, RESIDENT, "13800138000", null));
        created(ApplicantInput.organisation(ApplicantKind.LEGAL_PERSON, "南宁示范科技有限公司", COMPANY, "李四", null,
                null));
        long person = count("SELECT id FROM persons WHERE id_type = 'RESIDENT_ID'");

        Response found = api.postJson("/api/applicants/lookup", clerk,
                ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, "1101 0519 4912 3100 2x"));

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().path("kind").asText()).isEqualTo("NATURAL_PERSON");
        assertThat(found.json().path("name").asText()).isEqualTo("张三");
        assertThat(found.json().path("documentType").asText()).isEqualTo("RESIDENT_ID");
        assertThat(found.json().path("documentNumber").asText()).isEqualTo(RESIDENT);
        assertThat(found.json().path("phone").asText()).isEqualTo("13800138000");
        Map<String, Object> audit = row("SELECT a.action, a.subject, a.detail, s.username FROM audit_log a "
                + "JOIN staff s ON s.id = a.staff_id WHERE a.action = 'APPLICANT_LOOKUP'");
        assertThat(audit).containsEntry("subject", "person:" + person)
                .containsEntry("username", server.username(Role.WINDOW));
        assertThat(audit.get("detail").toString()).doesNotContain(RESIDENT);

        Response company = api.postJson("/api/applicants/lookup", clerk, ApplicantLookup.byCreditCode(COMPANY));
        assertThat(company.json().path("kind").asText()).isEqualTo("LEGAL_PERSON");
        assertThat(company.json().path("creditCode").asText()).isEqualTo(COMPANY);
        assertThat(company.json().path("legalRepresentative").asText()).isEqualTo("李四");

        Response missing = api.postJson("/api/applicants/lookup", clerk,
                ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, "450102198001011237"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("APPLICANT_NOT_FOUND");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'APPLICANT_LOOKUP' AND subject IS NULL"))
                .as("the miss is audited too").isEqualTo(1);
        Response malformed = api.postJson("/api/applicants/lookup", clerk,
                ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, "110105194912310021"));
        assertThat(malformed.code()).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'APPLICANT_LOOKUP'")).isEqualTo(3);
        String supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        assertThat(api.postJson("/api/applicants/lookup", supervisor,
                ApplicantLookup.byDocument(DocumentType.RESIDENT_ID, RESIDENT)).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'APPLICANT_LOOKUP'")).isEqualTo(3);
    }
}
