package org.yichuang.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client's allowed edges (STYLE §2), in the spirit of Sweet Home 3D's PackageDependenciesTest. */
@AnalyzeClasses(packages = "org.yichuang.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientLayeringTest {

    @ArchTest
    static final ArchRule presentation_does_no_io = noClasses()
            .that().resideInAPackage("org.yichuang.client..")
            .and().resideOutsideOfPackage("org.yichuang.client.net..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.jdbi..", "java.sql..");

    @ArchTest
    static final ArchRule the_client_never_sees_the_server = noClasses()
            .that().resideInAPackage("org.yichuang.client..")
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.server..");

    @ArchTest
    static final ArchRule presenters_are_free_of_awt_and_swing = noClasses()
            .that().haveSimpleNameEndingWith("Presenter")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "javax.swing outside event and undo",
                    c -> c.getPackageName().startsWith("javax.swing")
                            && !c.getPackageName().startsWith("javax.swing.event")
                            && !c.getPackageName().startsWith("javax.swing.undo")));

    @ArchTest
    static final ArchRule only_the_composition_root_knows_the_http_client = noClasses()
            .that().resideInAPackage("org.yichuang.client..")
            .and().resideOutsideOfPackages("org.yichuang.client.net..", "org.yichuang.client.app..")
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.client.net..");

    /** The administration's feature packages (item, bundle, transfer, calendar, widgets) never form a cycle. */
    @ArchTest
    static final ArchRule admin_features_are_free_of_cycles = slices()
            .matching("org.yichuang.client.admin.(*)..").should().beFreeOfCycles();

    /** Only the administration's composition (frame, panel, menu) knows all its features, never the other way. */
    @ArchTest
    static final ArchRule admin_features_do_not_know_the_admin_window = noClasses()
            .that().resideInAPackage("org.yichuang.client.admin.*..")
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.client.admin");
}
