package org.yichuang.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** The API's one mapper reads strictly: every case here is one the lenient default accepted. */
class JsonTest {
    private final ObjectMapper json = Json.newObjectMapper();

    record Sample(String text, int whole, long big, boolean flag, LimitUnit unit, List<String> tags,
            Map<String, String> labels) {
    }

    private static final String GOOD = "{\"text\":\"a\",\"whole\":1,\"big\":2,\"flag\":true,\"unit\":\"WORKING_DAYS\","
            + "\"tags\":[\"x\"],\"labels\":{\"k\":\"v\"}}";

    @Test
    void a_well_typed_body_reads() throws JsonProcessingException {
        assertThat(json.readValue(GOOD, Sample.class)).isEqualTo(new Sample("a", 1, 2, true, LimitUnit.WORKING_DAYS,
                List.of("x"), Map.of("k", "v")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"text\":1", "\"text\":true", "\"text\":1.5", "\"whole\":1.5", "\"whole\":1.0",
            "\"whole\":\"1\"", "\"big\":2.5", "\"big\":\"2\"", "\"flag\":1", "\"flag\":\"true\"", "\"unit\":0",
            "\"whole\":null", "\"tags\":[1]", "\"labels\":{\"k\":2}", "\"tags\":\"x\"", "\"whole\":\"\""})
    void a_value_of_the_wrong_kind_is_malformed(String replacement) {
        String field = replacement.substring(0, replacement.indexOf(':') + 1);
        String body = GOOD.replaceFirst(java.util.regex.Pattern.quote(field) + "(\"[^\"]*\"|[^,}]+|\\[[^]]*]|\\{[^}]*})",
                java.util.regex.Matcher.quoteReplacement(replacement));
        assertThat(body).isNotEqualTo(GOOD);

        assertThatThrownBy(() -> json.readValue(body, Sample.class)).isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(Json.failure((Exception) e)).isInstanceOf(MalformedBodyException.class));
    }

    @Test
    void a_key_twice_is_malformed_even_deep_inside() {
        assertThatThrownBy(() -> json.readValue(GOOD.replace("\"k\":\"v\"", "\"k\":\"v\",\"k\":\"w\""), Sample.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"text\":\"a\",\"text\":\"b\"}", Sample.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void a_control_character_anywhere_in_a_text_is_refused_naming_its_field() {
        for (String[] c : new String[][] {{"\"text\":\"a\\u0000\"", "text"}, {"\"tags\":[\"ok\",\"\\u0007\"]", "tags[1]"},
                {"\"labels\":{\"k\":\"\\u009b\"}", "labels.k"}}) {
            String body = GOOD.replaceFirst(c[0].startsWith("\"text\"") ? "\"text\":\"a\""
                    : c[0].startsWith("\"tags\"") ? "\"tags\":\\[\"x\"]" : "\"labels\":\\{\"k\":\"v\"}",
                    java.util.regex.Matcher.quoteReplacement(c[0]));
            assertThatThrownBy(() -> json.readValue(body, Sample.class))
                    .isInstanceOf(JsonProcessingException.class)
                    .satisfies(e -> assertThat(Json.failure((Exception) e)).isInstanceOfSatisfying(DomainException.class,
                            d -> {
                                assertThat(d.code()).isEqualTo(ErrorCode.TEXT_CONTROL_CHARACTER);
                                assertThat(d.getMessage()).contains(" " + c[1] + " ");
                            }));
        }
    }

    @Test
    void line_breaks_and_tabs_are_text() throws JsonProcessingException {
        assertThat(json.readValue(GOOD.replace("\"text\":\"a\"", "\"text\":\"a\\n\\tb\\r\\n\""), Sample.class).text())
                .isEqualTo("a\n\tb\r\n");
    }
}
