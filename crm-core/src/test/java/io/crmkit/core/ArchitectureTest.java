package io.crmkit.core;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Ids;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Date;


import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

final class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.core");
    }

    @Test
    void core_depends_only_on_the_jdk() {
        ArchRule rule = classes().that().resideOutsideOfPackage("io.crmkit.core.json..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.crmkit.core..", "java..")
                .because("crm-core is the JDK-only heart a host embeds (DESIGN.md)");
        rule.check(core);
    }

    @Test
    void jackson_only_in_the_json_package() {
        classes().that().resideInAPackage("io.crmkit.core.json..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.crmkit.core..", "java..", "com.fasterxml.jackson..")
                .because("Jackson is optional in crm-core: only the JSON configuration package may use it").check(core);
    }

    @Test
    void jakarta_persistence_only_in_persistence_jpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "org.hibernate..")
                .because("persistence annotations stay out of the domain (STYLE.md)").check(core);
    }

    @Test
    void ports_are_interfaces() {
        classes().that().resideInAPackage("io.crmkit.core.port").and().areNotAnnotatedWith(Deprecated.class)
                .and().doNotHaveSimpleName("package-info")
                .should().beInterfaces().check(core);
    }

    @Test
    void events_are_records() {
        classes().that().implement(DomainEvent.class).and().areNotInterfaces()
                .should().beRecords()
                .andShould().haveSimpleNameNotEndingWith("Event")
                .because("events are past-tense records (STYLE.md 11)").check(core);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("io.crmkit.core.(*)..").should().beFreeOfCycles().check(core);
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
        noClasses().that().doNotHaveFullyQualifiedName(Ids.class.getName())
                .should().callMethodWhere(readsTheClock)
                .orShould().callConstructor(Date.class)
                .because("time is injected as a Clock (DESIGN.md); only id generation reads the system time")
                .check(core);
    }

    @Test
    void internal_package_is_used_only_inside_core() {
        classes().that().resideInAPackage("io.crmkit.core.internal")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("io.crmkit.core..").check(core);
    }

    @Test
    void use_case_services_are_built_only_by_the_crm_facade() {
        constructors().that().areDeclaredInClassesThat().resideInAPackage("io.crmkit.core.usecase")
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .should().notBePublic()
                .because("Crm.using(ports) wires the services so they share one unit of work").check(core);
    }

    @Test
    void domain_packages_do_not_depend_on_ports_or_use_cases() {
        noClasses().that().resideInAnyPackage("io.crmkit.core.shared..", "io.crmkit.core.party..", "io.crmkit.core.lead..",
                        "io.crmkit.core.opportunity..", "io.crmkit.core.activity..", "io.crmkit.core.lifecycle..",
                        "io.crmkit.core.timeline..", "io.crmkit.core.approval..", "io.crmkit.core.assignment..", "io.crmkit.core.pool..",
                        "io.crmkit.core.playbook..", "io.crmkit.core.dedupe..")
                .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.port..", "io.crmkit.core.usecase..")
                .because("aggregates are pure; services load and store through ports").check(core);
    }
}
