package org.yichuang.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** core holds the domain and its rules only: no files, sockets, SQL, Swing, AWT or libraries. */
@AnalyzeClasses(packages = "org.yichuang.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLayeringTest {

    @ArchTest
    static final ArchRule core_does_no_io_ui_or_sql = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..",
                    "javax.swing..", "java.awt..", "java.util.prefs..")
            .because("core is pure domain; IO lives in server, reports and window-client");

    @ArchTest
    static final ArchRule core_uses_only_the_jdk = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.yichuang.core..")
            .because("core must stay free of libraries so every module can depend on it");
}
