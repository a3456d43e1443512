package io.crmkit.scoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN.md for crm-scoring; they hold from the first class its engines add. */
final class ArchitectureTest {

    private static JavaClasses scoring;

    @BeforeAll
    static void importModule() {
        scoring = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.scoring");
    }

    @Test
    void scoring_does_not_depend_on_pricing() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.crmkit.pricing..")
                .allowEmptyShould(true).check(scoring);
    }

    @Test
    void scoring_depends_only_on_core_and_its_chosen_libraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.crmkit.core..", "io.crmkit.scoring..", "java..",
                        "org.apache.commons.math3..", "com.github.benmanes.caffeine..", "com.fasterxml.jackson..", "org.slf4j..",
                        "org.objectweb.asm..")
                .allowEmptyShould(true).check(scoring);
    }

    @Test
    void the_rules_engine_is_plain_java_with_caffeine_for_its_cache_and_asm_for_compiled_rules() {
        classes().that().resideInAPackage("io.crmkit.scoring.rules..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.crmkit.core..", "io.crmkit.scoring.rules..", "java..",
                        "com.github.benmanes.caffeine..", "org.slf4j..", "org.objectweb.asm..")
                .because("the hot path must not pull in JSON or maths libraries").check(scoring);
    }

    @Test
    void only_the_rule_compilers_generate_bytecode() {
        noClasses().that().resideInAPackage("io.crmkit.scoring..").and().haveNameNotMatching(".*\\.((Fit|Engagement)Compiler|HiddenClasses)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..")
                .because("bytecode generation stays in one place, behind the interpreter it must agree with").check(scoring);
    }

    @Test
    void the_predictive_internals_serve_only_the_predictive_package() {
        classes().that().resideInAPackage("io.crmkit.scoring.predictive.internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("io.crmkit.scoring.predictive..")
                .check(scoring);
    }

    @Test
    void customer_base_analytics_need_only_core_and_commons_math() {
        classes().that().resideInAPackage("io.crmkit.scoring.customerbase..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.crmkit.core..", "io.crmkit.scoring.customerbase..", "io.crmkit.scoring.internal..",
                        "java..", "org.apache.commons.math3..")
                .because("customer-base models are pure functions a host can run anywhere").check(scoring);
    }

    @Test
    void forecasting_needs_only_core_commons_math_and_the_opportunity_data() {
        classes().that().resideInAPackage("io.crmkit.scoring.forecast..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.crmkit.core..", "io.crmkit.scoring.forecast..", "io.crmkit.scoring.opportunity..",
                        "io.crmkit.scoring.internal..", "java..", "org.apache.commons.math3..")
                .check(scoring);
    }

    @Test
    void no_internal_package_of_another_module_is_reached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit.pricing..internal..")
                .allowEmptyShould(true).check(scoring);
    }
}
