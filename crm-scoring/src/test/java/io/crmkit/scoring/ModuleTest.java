package io.crmkit.scoring;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class ModuleTest {

    @Test
    void exportsItsEnginesAndRequiresOnlyItsChosenLibraries() throws Exception {
        Path classes = Path.of(ModuleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals("io.crmkit.scoring", module.name());
        assertEquals(Set.of("io.crmkit.scoring.rules", "io.crmkit.scoring.json", "io.crmkit.scoring.predictive",
                        "io.crmkit.scoring.predictive.odoo", "io.crmkit.scoring.opportunity",
                        "io.crmkit.scoring.customerbase", "io.crmkit.scoring.forecast"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "io.crmkit.core", "com.github.benmanes.caffeine", "org.slf4j",
                        "com.fasterxml.jackson.databind", "commons.math3", "org.objectweb.asm"),
                module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }
}
