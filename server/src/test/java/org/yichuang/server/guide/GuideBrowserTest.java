package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.server.testing.HeadlessChromium;
import org.yichuang.server.testing.TestServer;

/**
 * The guide pages under their content security policy in a real browser: the inline style and the search script
 * still run, nothing is reported as a violation, and a script that was not hashed is refused. Runs where Chromium is
 * installed (Debian package {@code chromium}).
 */
class GuideBrowserTest {
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

    private static String violations() {
        return String.join("\n", browser.console());
    }

    private static int shownItems() {
        return browser.eval("Array.from(document.querySelectorAll('li[data-search]')).filter(function (li) {"
                + " return li.offsetParent !== null; }).length").asInt();
    }

    private static void search(String text) {
        browser.eval("(function () { var box = document.getElementById('guide-search'); box.value = '" + text + "';"
                + " box.dispatchEvent(new Event('input')); return true; })()");
    }

    @Test
    void the_index_keeps_its_style_and_its_search_under_the_policy() throws Exception {
        ServiceItem wanted = server.demoCatalog().items().get(0);

        browser.open(server.baseUrl() + "/guide");

        // the style applied: the hall bar has the accent colour, not the transparent default
        assertThat(browser.eval("getComputedStyle(document.querySelector('header.hall')).backgroundColor").asText())
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        // the script ran: it shows the search box that stays hidden without JavaScript
        assertThat(browser.waitFor("!document.getElementById('guide-search').hidden", Duration.ofSeconds(10)))
                .isTrue();
        int all = shownItems();
        search(wanted.name());
        int found = shownItems();
        search("没有这样的事项zzz");
        boolean noneShown = browser.eval("!document.getElementById('guide-none').hidden").asBoolean();

        assertThat(all).isEqualTo(server.demoCatalog().items().size() + server.demoCatalog().bundles().size());
        assertThat(found).isBetween(1, all - 1);
        assertThat(shownItems()).isZero();
        assertThat(noneShown).isTrue();
        assertThat(violations()).doesNotContainIgnoringCase("Content Security Policy").doesNotContain("exception:");
    }

    @Test
    void an_item_page_shows_styled_without_violations_and_a_script_slipped_in_does_not_run() {
        ServiceItem item = server.demoCatalog().items().get(1);

        browser.open(server.baseUrl() + "/guide/items/" + item.implementationCode());
        String clean = violations();
        boolean injectedRan = browser.eval("(function () { var s = document.createElement('script');"
                + " s.textContent = 'window.injected = 1;'; document.body.appendChild(s);"
                + " return window.injected === 1; })()").asBoolean();

        assertThat(browser.eval("document.title").asText()).contains(item.name());
        assertThat(browser.eval("getComputedStyle(document.querySelector('header.hall')).backgroundColor").asText())
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(clean).doesNotContainIgnoringCase("Content Security Policy");
        assertThat(injectedRan).isFalse();
        // the refusal is reported, so the check above would have seen a violation of the page's own parts
        assertThat(violations()).containsIgnoringCase("Content Security Policy");
    }

    @Test
    void on_a_phone_a_deferrable_material_shows_its_supplement_period_without_sideways_scrolling() throws Exception {
        ServiceItem performance = server.demoCatalog().items().stream()
                .filter(i -> i.name().equals("营业性演出许可（文艺表演团体设立）")).findFirst().orElseThrow();
        ServiceItem teacher = server.demoCatalog().items().stream().filter(i -> i.name().equals("教师资格认定"))
                .findFirst().orElseThrow();
        try {
            browser.viewport(360, 740);
            browser.open(server.baseUrl() + "/guide/items/" + performance.implementationCode());
            String cell = browser.eval("(function () { var rows = document.querySelectorAll('tr.deferrable');"
                    + " return rows.length === 1 ? rows[0].querySelector('td.mark').innerText : rows.length; })()")
                    .asText();
            boolean cellShown = browser.eval("(function () { var td = document.querySelector('tr.deferrable td.mark');"
                    + " var r = td.getBoundingClientRect(); return r.width > 0 && r.right <= window.innerWidth; })()")
                    .asBoolean();
            int pageWidth = browser.eval("document.documentElement.scrollWidth").asInt();
            browser.open(server.baseUrl() + "/guide/items/" + teacher.implementationCode());
            String commitment = browser.eval("(function () { var h = Array.from(document.querySelectorAll('h2'))"
                    + ".find(function (x) { return x.innerText.indexOf('告知承诺') >= 0; });"
                    + " return h ? h.parentElement.querySelector('p').innerText : ''; })()").asText();

            assertThat(cell).contains("可容缺，受理后5个工作日内补交");
            assertThat(cellShown).as("the 可容缺 cell lies inside the phone's width").isTrue();
            assertThat(pageWidth).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            assertThat(commitment).contains("60个工作日内对承诺内容进行核查");
            assertThat(violations()).doesNotContainIgnoringCase("Content Security Policy");
        } finally {
            browser.viewport(1280, 800);
        }
    }
}
