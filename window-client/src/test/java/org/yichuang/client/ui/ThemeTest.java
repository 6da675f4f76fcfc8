package org.yichuang.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {

    private static Set<String> yichuangKeys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ThemeTest.class.getResourceAsStream("/org/yichuang/client/theme/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("Yichuang.")) {
                keys.add(k);
            }
        }
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void every_yichuang_key_of_both_themes_resolves_to_a_colour(Theme theme) throws Exception {
        Set<String> keys = new TreeSet<>(yichuangKeys("FlatLightLaf.properties"));
        keys.addAll(yichuangKeys("FlatDarkLaf.properties"));
        assertThat(keys).isNotEmpty();

        GuiActionRunner.execute(() -> {
            Theme.registerDefaults();
            theme.install();
        });

        for (String key : keys) {
            assertThat(UIManager.getColor(key)).as("%s in %s", key, theme).isNotNull();
        }
        assertThat(Theme.isDarkInstalled()).isEqualTo(theme == Theme.DARK);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void both_theme_files_define_the_same_keys(Theme ignored) throws Exception {
        assertThat(yichuangKeys("FlatDarkLaf.properties")).isEqualTo(yichuangKeys("FlatLightLaf.properties"));
    }

    @AfterAll
    static void backToLight() {
        GuiActionRunner.execute(Theme.LIGHT::install);
    }
}
