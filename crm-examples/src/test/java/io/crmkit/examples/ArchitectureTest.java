package io.crmkit.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The examples use crmkit as a host would: through exported packages only. */
final class ArchitectureTest {

    private static JavaClasses examples;

    @BeforeAll
    static void importModule() {
        examples = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.examples");
    }

    @Test
    void examples_use_only_the_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit..internal..")
                .check(examples);
    }

    @Test
    void every_command_is_a_picocli_command() {
        classes().that().haveSimpleNameEndingWith("Command").should().beAnnotatedWith(CommandLine.Command.class)
                .check(examples);
    }
}
