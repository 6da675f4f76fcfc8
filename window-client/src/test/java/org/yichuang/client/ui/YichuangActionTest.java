package org.yichuang.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YichuangActionTest {
    @Test
    void a_mnemonic_the_name_lacks_is_shown_in_brackets_before_any_ellipsis_or_arrow() {
        assertThat(YichuangAction.withMnemonic("保存", "S")).isEqualTo("保存(S)");
        assertThat(YichuangAction.withMnemonic("导入事项库…", "I")).isEqualTo("导入事项库(I)…");
        assertThat(YichuangAction.withMnemonic("加入 →", "A")).isEqualTo("加入(A) →");
        assertThat(YichuangAction.withMnemonic("Save", "S")).isEqualTo("Save");
        assertThat(YichuangAction.withMnemonic("Import catalog...", "i")).isEqualTo("Import catalog...");
        assertThat(YichuangAction.withMnemonic("保存", null)).isEqualTo("保存");
    }
}
