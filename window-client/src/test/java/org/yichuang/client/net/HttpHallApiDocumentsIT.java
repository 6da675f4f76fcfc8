package org.yichuang.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.TestServer;

/** The HTTP client's case-document calls against the real server: list, stored original, 副本, stable codes. */
class HttpHallApiDocumentsIT {
    /** 公共场所卫生许可证核发 of the demo catalog. */
    private static final String HEALTH = "11450128MB1602185R4000104002000";

    private TestServer server;
    private HttpHallApi api;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        api = new HttpHallApi(URI.create(server.baseUrl()), Duration.ofSeconds(120));
        api.signIn(new SignInRequest(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every required material of the demo item received, the others not applicable. */
    private static List<MaterialCheck> allIn() throws Exception {
        List<MaterialCheck> out = new ArrayList<>();
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            for (JsonNode item : new ObjectMapper().readTree(in).path("items")) {
                if (item.path("implementationCode").asText().equals(HEALTH)) {
                    item.path("materials").forEach(m -> out.add(m.path("required").asBoolean()
                            ? MaterialCheck.received(m.path("name").asText(), 1, 1, 2)
                            : MaterialCheck.notApplicable(m.path("name").asText())));
                }
            }
        }
        return out;
    }

    @Test
    void the_counter_lists_fetches_and_copies_the_documents_of_an_accepted_case() throws Exception {
        String caseNo = api.createCase(new NewCase(UUID.randomUUID().toString(), HEALTH,
                new ApplicantInput("张三", "11010519491231002X", null), null)).caseNo();
        // the intake itself goes through the server's route (the screen's client calls are another helper's)
        ApiClient raw = new ApiClient(server.baseUrl());
        String token = raw.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
        ApiClient.Response r = raw.postJson("/api/cases/" + caseNo + "/intake", token, IntakeSubmission.of(
                UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, allIn())));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        List<CaseDocumentView> documents = api.caseDocuments(caseNo);
        assertThat(documents).extracting(CaseDocumentView::kind)
                .containsExactly(NoticeKind.MATERIAL_RECEIPT, NoticeKind.ACCEPTANCE);
        CaseDocumentView acceptance = documents.get(1);
        assertThat(acceptance.title()).isEqualTo("受理通知书");
        assertThat(acceptance.papers()).containsExactly(Paper.A4, Paper.RECEIPT_80MM);
        assertThat(acceptance.documentNumber()).endsWith("00001号");

        byte[] original = api.documentPdf(caseNo, acceptance.id(), Paper.RECEIPT_80MM);
        assertThat(new String(original, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] copy = api.documentCopy(caseNo, acceptance.id(), Paper.A4);
        assertThat(new String(copy, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(api.caseDocuments(caseNo).get(1).copiesPrinted()).isEqualTo(1);

        assertThatThrownBy(() -> api.documentPdf(caseNo, acceptance.id() + 1000, Paper.A4))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_NOT_FOUND));
        assertThatThrownBy(() -> api.caseDocuments("NO-SUCH-CASE")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CASE_NOT_FOUND));
    }
}
