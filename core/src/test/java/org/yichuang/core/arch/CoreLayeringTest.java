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
            // the one exception: ./yichuang deadline runs from the core jar alone (issue 9 item 8), so reading a
            // calendar file or the shipped schedule and printing live in calendar.io, which nothing in core uses
            .that().resideOutsideOfPackage("org.yichuang.core.calendar.io..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..",
                    "javax.swing..", "java.awt..", "java.util.prefs..")
            .because("core is pure domain; IO lives in server, reports and window-client");

    @ArchTest
    static final ArchRule core_uses_only_the_jdk = noClasses()
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.yichuang.core..")
            .because("core must stay free of libraries so every module can depend on it");

    @ArchTest
    static final ArchRule nothing_in_core_depends_on_the_calendar_file_readers = noClasses()
            .that().resideOutsideOfPackage("org.yichuang.core.calendar.io..")
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.core.calendar.io..")
            .because("the domain stays free of IO; only callers outside core (server, client, CLI) read files");
}
