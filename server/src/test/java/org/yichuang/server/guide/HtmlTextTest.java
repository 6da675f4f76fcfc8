package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markup_characters_become_entities() {
        assertThat(HtmlText.escape("<script>alert('x')</script> 开办“餐饮” & \"店\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 开办“餐饮” &amp; &quot;店&quot;");
    }

    @Test
    void an_ampersand_that_looks_like_an_entity_is_escaped_too() {
        assertThat(HtmlText.escape("&lt;b&gt; &amp;")).isEqualTo("&amp;lt;b&amp;gt; &amp;amp;");
    }

    @Test
    void plain_chinese_text_is_unchanged_and_null_is_empty() {
        assertThat(HtmlText.escape("公共场所卫生许可证核发（新办）")).isEqualTo("公共场所卫生许可证核发（新办）");
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
