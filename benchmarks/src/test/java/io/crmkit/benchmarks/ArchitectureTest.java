package io.crmkit.benchmarks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Benchmarks measure crmkit as a host uses it, and every benchmark states how it is run. */
final class ArchitectureTest {

    private static JavaClasses benchmarks;

    @BeforeAll
    static void importModule() {
        benchmarks = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crmkit.benchmarks");
    }

    @Test
    void benchmarks_use_only_crmkits_public_api() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.crmkit..internal..").check(benchmarks);
    }

    @Test
    void every_benchmark_class_pins_its_forks_warmup_and_measurement() {
        methods().that().areAnnotatedWith(Benchmark.class).and().areDeclaredInClassesThat()
                .resideOutsideOfPackage("..jmh_generated..")
                .should().beDeclaredInClassesThat().areAnnotatedWith(org.openjdk.jmh.annotations.Fork.class)
                .andShould().beDeclaredInClassesThat().areAnnotatedWith(org.openjdk.jmh.annotations.Warmup.class)
                .andShould().beDeclaredInClassesThat().areAnnotatedWith(org.openjdk.jmh.annotations.Measurement.class)
                .because("results are only comparable when the run is stated (STYLE.md 22)").check(benchmarks);
    }
}
