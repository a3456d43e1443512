package io.crmkit.pricing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of DESIGN.md for crm-pricing. */
final class ArchitectureTest {

    private static JavaClasses pricing;

    @BeforeAll
    static void importModule() {
        pricing = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.pricing");
    }

    @Test
    void pricing_does_not_depend_on_scoring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.crmkit.scoring..")
                .allowEmptyShould(true).check(pricing);
    }

    @Test
    void pricing_depends_only_on_core_and_its_chosen_libraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.crmkit.core..", "io.crmkit.pricing..", "java..",
                        "com.github.benmanes.caffeine..", "com.fasterxml.jackson..", "org.slf4j..")
                .allowEmptyShould(true).check(pricing);
    }

    @Test
    void no_internal_package_of_another_module_is_reached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit.scoring..internal..")
                .allowEmptyShould(true).check(pricing);
    }

    @Test
    void jackson_only_in_the_json_package() {
        noClasses().that().resideOutsideOfPackage("io.crmkit.pricing.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("the domain is plain Java; JSON is one way to configure it").check(pricing);
    }

    @Test
    void ports_are_interfaces() {
        classes().that().resideInAnyPackage("io.crmkit.pricing.port", "io.crmkit.pricing.quote.port").and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().orShould().beRecords().check(pricing);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("io.crmkit.pricing.(*)..").should().beFreeOfCycles().check(pricing);
    }

    @Test
    void domain_never_reads_the_wall_clock() {
        DescribedPredicate<JavaMethodCall> readsTheClock = new DescribedPredicate<>("reads the system clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getPackageName();
                String name = call.getName();
                return (owner.equals("java.time") && (name.equals("now") || name.startsWith("system")))
                        || (call.getTargetOwner().isEquivalentTo(System.class)
                        && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
            }
        };
        noClasses().should().callMethodWhere(readsTheClock).orShould().callConstructor(Date.class)
                .because("time is injected as a Clock or passed as a date (DESIGN.md)").check(pricing);
    }

    @Test
    void internal_package_is_not_public_api() {
        noClasses().that().resideOutsideOfPackage("io.crmkit.pricing..")
                .should().dependOnClassesThat().resideInAPackage("io.crmkit.pricing.internal..").allowEmptyShould(true).check(pricing);
    }
}
