package org.yichuang.server.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.yichuang.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerLayeringTest {
    private static final String[] FEATURES = {"org.yichuang.server.account..", "org.yichuang.server.audit..",
        "org.yichuang.server.counter..", "org.yichuang.server.catalog..", "org.yichuang.server.cases..",
        "org.yichuang.server.demo..", "org.yichuang.server.health..", "org.yichuang.server.hall..",
        "org.yichuang.server.calendar..", "org.yichuang.server.deadline..", "org.yichuang.server.supervision..",
        "org.yichuang.server.queue..",
        // issue 10: applicants
        "org.yichuang.server.applicant..",
        // issue 10: case documents
        "org.yichuang.server.documents..",
        // issue 12: the live streams' shared engine (queue events, 红黄牌)
        "org.yichuang.server.live.."};

    @ArchTest
    static final ArchRule services_and_daos_never_see_javalin = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Dao")
            .or().haveSimpleNameEndingWith("Row")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule the_server_never_sees_the_client = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.client..");

    @ArchTest
    static final ArchRule daos_live_in_their_feature_package = classes()
            .that().haveSimpleNameEndingWith("Dao")
            .should().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule http_and_wiring_code_never_touch_daos = noClasses()
            .that().resideInAnyPackage("org.yichuang.server.web..")
            .or().haveSimpleNameEndingWith("Routes")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Dao");

    /** The public guide pages need no sign-in, so nothing behind them may reach personal data. */
    @ArchTest
    static final ArchRule public_guide_pages_never_reach_personal_data = noClasses()
            .that().haveSimpleName("GuideRoutes").or().resideInAPackage("org.yichuang.server.guide..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yichuang.server.cases..",
                    "org.yichuang.server.account..", "org.yichuang.server.audit..", "org.yichuang.core.identity..",
                    "org.yichuang.core.person..");

    @ArchTest
    static final ArchRule features_do_not_reach_into_app_wiring = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("org.yichuang.server.app..");

    /** Feature packages form a tree: arrows only point down, so any one of them can be read on its own. */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("org.yichuang.server.(*)..")
            .should().beFreeOfCycles();
}
