package org.yichuang.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.server.testing.HeadlessChromium;
import org.yichuang.server.testing.TestServer;

/**
 * The public pages' Chinese web font (PublicFont) in a real browser: each page loads it from this server under its
 * own content security policy, so a kiosk or board PC without a CJK font shows Chinese, not boxes. The test machine's
 * Chromium has no CJK font of its own, which is exactly that PC.
 */
class PublicFontBrowserTest {
    private static TestServer server;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        // ./yichuang test installs Chromium when root; with CI=true a missing browser is a failure, never a skip
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

    @ParameterizedTest
    @ValueSource(strings = {"/board", "/kiosk", "/booking", "/guide", "/s/20261207000001"})
    void each_public_page_loads_the_servers_chinese_font_under_its_own_policy(String page) throws Exception {
        browser.open(server.baseUrl() + page);
        assertThat(browser.waitFor("document.readyState === 'complete'", java.time.Duration.ofSeconds(20))).isTrue();
        // a font-src the policy refused, or a face that is not the page's, rejects or answers no face
        JsonNode faces = browser.eval("document.fonts.load('32px \"Yichuang Sans\"', '请到窗口办理')"
                + ".then(fs => fs.map(f => f.status))");
        assertThat(faces).as(page).hasSize(1);
        assertThat(faces.get(0).asText()).as(page).isEqualTo("loaded");
        assertThat(browser.eval("document.fonts.check('32px \"Yichuang Sans\"', '请到窗口办理')").asBoolean())
                .as(page).isTrue();
        assertThat(browser.eval("performance.getEntriesByType('resource').filter(e => "
                + "e.name.endsWith('/fonts/yichuang-sans.ttf')).length").asInt()).as(page).isPositive();
        assertThat(browser.console()).as(page).noneMatch(line -> line.contains("Content Security Policy"));
    }

    @Test
    void the_font_is_cached_and_a_current_copy_is_answered_304() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + PublicFont.PATH)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("font/ttf");
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age=604800");
        // a TrueType file: version 1.0 at its start
        assertThat(first.body()).startsWith(0, 1, 0, 0);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + PublicFont.PATH)).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
