package org.yichuang.server.cases.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.HeadlessChromium;
import org.yichuang.server.testing.TestServer;

/**
 * The public status page in a real browser on a phone-sized screen: styled under its content security policy without
 * violations, the form posts the 查询密码 (read from the printed 受理通知书) and the status shows the case with the
 * applicant masked. Runs where Chromium is installed (Debian package {@code chromium}).
 */
class StatusBrowserTest {
    private static final String HEALTH = "11450128MB1602185R4000104002000";      // 公共场所卫生许可
    private static final Pattern PASSWORD = Pattern.compile("查询密码([2-9A-HJKMNP-Z]{8})");
    private static TestServer server;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        server = TestServer.start();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** An accepted case of the demo hall and the password its 受理通知书 printed. */
    private static String[] acceptedCase() throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), server.counterNo());
        ApiClient.Response made = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), HEALTH,
                new ApplicantInput("李四光", "11010519491231002X", null), null));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String no = made.json().path("caseNo").asText();
        List<MaterialCheck> all = new ArrayList<>();
        JsonNode catalog;
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            catalog = new ObjectMapper().readTree(in);
        }
        for (JsonNode item : catalog.path("items")) {
            if (item.path("implementationCode").asText().equals(HEALTH)) {
                for (JsonNode m : item.path("materials")) {
                    all.add(m.path("required").asBoolean() ? MaterialCheck.received(m.path("name").asText(), 1, 1, 1)
                            : MaterialCheck.notApplicable(m.path("name").asText()));
                }
            }
        }
        ApiClient.Response intake = api.postJson("/api/cases/" + no + "/intake", window,
                IntakeSubmission.of(UUID.randomUUID().toString(), IntakeRequest.of(IntakeOutcome.ACCEPT, all)));
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);
        JsonNode docs = api.get("/api/cases/" + no + "/documents", window).json();
        long id = -1;
        for (JsonNode d : docs) {
            if (d.path("kind").asText().equals("ACCEPTANCE")) {
                id = d.path("id").asLong();
            }
        }
        byte[] pdf = api.download("/api/cases/" + no + "/documents/" + id + "/pdf", window).body();
        Path file = Files.createTempFile("status-browser", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Matcher m = PASSWORD.matcher(text);
            assertThat(m.find()).as(text).isTrue();
            return new String[] {no, m.group(1)};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void on_a_phone_the_page_asks_for_the_password_then_shows_the_case_styled_and_without_violations()
            throws Exception {
        String[] c = acceptedCase();
        try {
            browser.viewport(360, 740);
            browser.open(server.baseUrl() + "/s/" + c[0]);
            String before = browser.eval("document.body.innerText").asText();
            String header = browser.eval("getComputedStyle(document.querySelector('header')).backgroundColor")
                    .asText();
            browser.eval("(function () { document.getElementById('password').value = '" + c[1].toLowerCase()
                    + "'; document.querySelector('form').submit(); return true; })()");
            boolean shown = browser.waitFor("document.getElementById('status-state') !== null", Duration.ofSeconds(15));
            String after = browser.eval("document.body.innerText").asText();
            int pageWidth = browser.eval("document.documentElement.scrollWidth").asInt();

            assertThat(before).contains("查询密码", c[0]).doesNotContain("李", "公共场所卫生");
            assertThat(header).isNotEqualTo("rgba(0, 0, 0, 0)");
            assertThat(shown).as(after).isTrue();
            assertThat(after).contains("受理", "公共场所卫生许可证核发", "李**", "领取方式", "窗口领取")
                    .doesNotContain("李四光", "11010519491231002X");
            assertThat(pageWidth).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            assertThat(String.join("\n", browser.console())).doesNotContainIgnoringCase("Content Security Policy");
        } finally {
            browser.viewport(1280, 800);
        }
    }
}
