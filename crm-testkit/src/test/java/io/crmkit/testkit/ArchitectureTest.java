package io.crmkit.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

final class ArchitectureTest {

    private static JavaClasses testkit;

    @BeforeAll
    static void importModule() {
        testkit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.testkit");
    }

    @Test
    void testkit_uses_core_and_pricing_through_their_public_api_only() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit.pricing.internal..")
                .check(testkit);
    }

    @Test
    void jqwik_is_needed_only_by_the_arbitraries() {
        noClasses().that().resideOutsideOfPackage("io.crmkit.testkit.arbitrary..")
                .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
                .because("jqwik is an optional dependency: the in-memory adapters must work without it").check(testkit);
    }

    @Test
    void junit_is_needed_only_by_the_contract_suite() {
        noClasses().that().resideOutsideOfPackage("io.crmkit.testkit.contract..")
                .should().dependOnClassesThat().resideInAPackage("org.junit..")
                .because("JUnit is an optional dependency: fixtures and adapters must work without it").check(testkit);
    }

    @Test
    void adapters_hide_behind_the_in_memory_crm_and_pricing() {
        classes().that().resideInAPackage("io.crmkit.testkit.memory").and().doNotHaveSimpleName("InMemoryCrm")
                .and().doNotHaveSimpleName("InMemoryPricing")
                .should().notBePublic().check(testkit);
    }

    @Test
    void testkit_depends_only_on_crmkit_jqwik_junit_and_the_jdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.crmkit..", "java..", "net.jqwik..", "org.junit..")
                .check(testkit);
    }
}
