package org.yichuang.catalogio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** catalog-io turns files into core records and back: no UI, SQL or HTTP; each format keeps to its library. */
@AnalyzeClasses(packages = "org.yichuang.catalogio", importOptions = ImportOption.DoNotIncludeTests.class)
class CatalogIoLayeringTest {

    @ArchTest
    static final ArchRule no_ui_sql_or_http = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "java.sql..",
                    "org.jdbi..", "io.javalin..", "java.net.http..")
            .because("the server and the client both read catalog files through this module");

    @ArchTest
    static final ArchRule json_does_not_use_poi = noClasses().that().resideInAPackage("..catalogio.json..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule workbook_does_not_use_jackson = noClasses().that().resideInAPackage("..catalogio.xlsx..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    @ArchTest
    static final ArchRule checks_know_no_file_format = noClasses().that().resideInAPackage("..catalogio.check..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.fasterxml..")
            .because("the same rules apply to a workbook and a JSON file");
}
