package org.yichuang.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;

class MessagesTest {
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages english = new Messages(Locale.ENGLISH);

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/yichuang/client/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_is_the_default_even_on_an_english_jvm() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).text("app.name")).isEqualTo("一窗综合受理");
            assertThat(new Messages(Locale.GERMAN).text("app.name")).isEqualTo("一窗综合受理");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(english.text("app.name")).isEqualTo("Yichuang Counter");
    }

    @Test
    void every_chinese_message_has_an_english_translation() throws Exception {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsAll(load("messages.properties").stringPropertyNames());
        assertThat(load("actions_en.properties").stringPropertyNames())
                .containsAll(load("actions.properties").stringPropertyNames().stream()
                        .filter(k -> k.endsWith(".name") || k.endsWith(".tooltip")).toList());
    }

    @Test
    void error_codes_map_to_bundle_texts_and_fall_back_to_the_server_message() {
        assertThat(chinese.errorMessage(new ApiException(ErrorCode.AUTH_BAD_CREDENTIALS, "x", 401)))
                .isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(chinese.errorMessage(new ApiException(ErrorCode.NAME_INVALID, "姓名只能包含文字。", 400)))
                .isEqualTo("姓名只能包含文字。");
        assertThat(english.errorMessage(new ApiException(ErrorCode.SERVER_UNREACHABLE, "无法连接", 0)))
                .startsWith("Cannot reach the server");
        assertThat(chinese.errorMessage(new IllegalStateException("boom"))).contains("意外错误");
    }

    @Test
    void a_throttled_sign_in_shows_the_servers_wait_in_chinese_and_a_generic_text_in_english() {
        ApiException throttled = new ApiException(ErrorCode.AUTH_THROTTLED, "登录失败次数过多，请 4 秒后再试。", 429);

        assertThat(chinese.errorMessage(throttled)).isEqualTo("登录失败次数过多，请 4 秒后再试。");
        assertThat(english.errorMessage(throttled)).startsWith("Too many sign-in attempts");
    }

    @Test
    void the_client_side_codes_all_have_chinese_texts() {
        for (ErrorCode code : new ErrorCode[] {ErrorCode.SERVER_UNREACHABLE, ErrorCode.PRINTER_UNAVAILABLE,
            ErrorCode.AUTH_BAD_CREDENTIALS, ErrorCode.ID_NUMBER_CHECKSUM}) {
            assertThat(chinese.has("error." + code.name())).as(code.name()).isTrue();
        }
    }

    @Test
    void english_counts_take_the_singular_for_one_and_the_plural_otherwise() {
        assertThat(english.text("limitUnit.HOURS", 1)).isEqualTo("1 hour");
        assertThat(english.text("limitUnit.HOURS", 2)).isEqualTo("2 hours");
        assertThat(english.text("limitUnit.WORKING_DAYS", 1)).isEqualTo("1 working day");
        assertThat(english.text("limitUnit.WORKING_DAYS", 20)).isEqualTo("20 working days");
        assertThat(english.text("limitUnit.NATURAL_DAYS", 1)).isEqualTo("1 day");
        assertThat(english.text("preview.pages", 1)).isEqualTo("1 page");
        assertThat(english.text("preview.pages", 3)).isEqualTo("3 pages");
        assertThat(english.text("admin.items.count", 1, 1)).isEqualTo("Showing 1 of 1 item");
        assertThat(english.text("admin.items.count", 3, 44)).isEqualTo("Showing 3 of 44 items");
        assertThat(english.text("admin.issues.count", 1)).isEqualTo("One issue to fix before saving:");
        assertThat(english.text("admin.issues.count", 2)).isEqualTo("2 issues to fix before saving:");
        assertThat(english.text("admin.field.visits.unit", 1)).isEqualTo("visit");
        assertThat(english.text("admin.field.visits.unit", 0)).isEqualTo("visits");
        assertThat(english.text("admin.unit.HOURS", 1)).isEqualTo("hour");
        assertThat(english.text("intake.search.all", 1, 2)).isEqualTo("one item, 2 bundles");
        assertThat(english.text("admin.import.done", "a.xlsx", 1, 0, 0, 1))
                .isEqualTo("Imported \"a.xlsx\": one item added, 0 changed, 0 unchanged; one bundle.");
        assertThat(chinese.text("limitUnit.HOURS", 1)).isEqualTo("1小时");
        assertThat(chinese.text("limitUnit.MONTHS", 3)).isEqualTo("3个月");
        assertThat(english.text("limitUnit.MONTHS", 1)).isEqualTo("1 month");
        assertThat(english.text("admin.unit.MONTHS", 3)).isEqualTo("months");
    }

    @Test
    void no_english_count_is_left_to_a_fixed_plural_or_to_an_s_in_brackets() throws Exception {
        Properties en = load("messages_en.properties");
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            assertThat(text).as(key).doesNotContain("(s)");
            // "{0} hours", "{1} items": a number followed by a counted word must go through a choice
            assertThat(text).as(key).doesNotContainPattern("(?<![#<])\\{\\d\\} (hours|days|working days|pages|items|bundles|"
                    + "departments|problems|issues|visits|copies|matches|matching)\\b");
        }
    }

    @Test
    void a_printer_failure_keeps_its_cause_instead_of_the_generic_text() {
        String cause = "打印机“PDF”已暂停（队列已停止），请联系管理员启用后重试。";
        org.yichuang.core.error.DomainException stopped =
                new org.yichuang.core.error.DomainException(ErrorCode.PRINTER_UNAVAILABLE, cause);

        assertThat(chinese.errorMessage(stopped)).isEqualTo(cause);
        assertThat(english.errorMessage(stopped)).startsWith("Printer unavailable").contains(cause);
        assertThat(chinese.errorMessage(new org.yichuang.core.error.DomainException(ErrorCode.PRINTER_UNAVAILABLE)))
                .isEqualTo(chinese.text("error.PRINTER_UNAVAILABLE"));
    }
}
