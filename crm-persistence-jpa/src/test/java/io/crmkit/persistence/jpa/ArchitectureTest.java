package io.crmkit.persistence.jpa;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN.md for crm-persistence-jpa; they hold from the first adapter on. */
final class ArchitectureTest {

    private static JavaClasses jpa;

    @BeforeAll
    static void importModule() {
        jpa = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.persistence.jpa");
    }

    @Test
    void adapters_compile_against_the_jakarta_persistence_api_only() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .because("Hibernate is the tested provider, not a compile dependency").check(jpa);
    }

    @Test
    void adapters_are_not_public() {
        classes().that().resideInAPackage("io.crmkit.persistence.jpa..").and().haveSimpleNameStartingWith("Jpa")
                .and().haveSimpleNameNotEndingWith("Ports")
                .should().notBePublic().allowEmptyShould(true).check(jpa);
    }

    @Test
    void entities_mappers_and_stores_are_not_public() {
        classes().that().resideInAPackage("io.crmkit.persistence.jpa..")
                .and().haveSimpleNameEndingWith("Row").or().haveSimpleNameEndingWith("Mapper")
                .or().haveSimpleNameEndingWith("Columns").or().haveSimpleNameEndingWith("Session")
                .or().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notBePublic().check(jpa);
    }

    @Test
    void the_public_api_is_the_factories_the_schema_the_outbox_the_retry_and_the_errors() {
        classes().that().resideInAPackage("io.crmkit.persistence.jpa..").and().arePublic()
                .and().areTopLevelClasses()
                .should().haveSimpleName("JpaCrmPorts").orShould().haveSimpleName("JpaPricingPorts").orShould().haveSimpleName("CrmSchema")
                .orShould().haveSimpleName("OutboxRelay").orShould().haveSimpleName("OutboxMessage")
                .orShould().haveSimpleName("OutboxPublisher").orShould().haveSimpleName("Retry")
                .orShould().haveSimpleName("StoreConstraintException").check(jpa);
    }

    @Test
    void adapters_use_only_the_jdk_core_pricing_and_jakarta_persistence() {
        classes().that().resideInAPackage("io.crmkit.persistence.jpa..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.crmkit.core..", "io.crmkit.pricing..",
                        "io.crmkit.persistence.jpa..", "java..", "javax.sql..", "jakarta.persistence..")
                .check(jpa);
    }

    @Test
    void pricing_is_reached_through_its_domain_and_ports_only() {
        noClasses().that().resideInAPackage("io.crmkit.persistence.jpa..")
                .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.pricing.json..", "io.crmkit.scoring..")
                .because("the adapters store the domain's values; they neither parse configuration nor score").check(jpa);
    }

    @Test
    void no_internal_package_of_another_module_is_reached() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit.scoring..internal..",
                "io.crmkit.pricing..internal..").allowEmptyShould(true).check(jpa);
    }
}
