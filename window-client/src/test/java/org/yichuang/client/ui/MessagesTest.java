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
    void the_client_side_codes_all_have_chinese_texts() {
        for (ErrorCode code : new ErrorCode[] {ErrorCode.SERVER_UNREACHABLE, ErrorCode.PRINTER_UNAVAILABLE,
            ErrorCode.AUTH_BAD_CREDENTIALS, ErrorCode.AUTH_LOCKED, ErrorCode.ID_NUMBER_CHECKSUM}) {
            assertThat(chinese.has("error." + code.name())).as(code.name()).isTrue();
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
