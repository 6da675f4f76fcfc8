package org.yichuang.client.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;
import javax.swing.UIManager;

/** The light and dark themes; semantic colours live in {@code org/yichuang/client/theme/*.properties}. */
public enum Theme {
    /** FlatLaf Light. */
    LIGHT,
    /** FlatLaf Dark. */
    DARK;

    /** The package FlatLaf reads our {@code Yichuang.*} keys from. */
    public static final String DEFAULTS_PACKAGE = "org.yichuang.client.theme";

    /** Parses {@code light}/{@code dark}, ignoring case; anything else is light. */
    public static Theme parse(String name) {
        return name != null && name.trim().equalsIgnoreCase("dark") ? DARK : LIGHT;
    }

    /** Returns the name stored in prefs and accepted by {@code --theme}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Installs the theme (on the EDT); call {@link #registerDefaults()} once before the first install. */
    public void install() {
        if (this == DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches a running UI to this theme. */
    public void switchTo() {
        install();
        FlatLaf.updateUI();
    }

    /** Registers our properties package with FlatLaf; must precede the first {@code setup()}. */
    public static void registerDefaults() {
        FlatLaf.registerCustomDefaultsSource(DEFAULTS_PACKAGE);
    }

    /** Returns true when the installed look and feel is dark. */
    public static boolean isDarkInstalled() {
        return UIManager.getLookAndFeel() instanceof FlatLaf laf && laf.isDark();
    }
}
