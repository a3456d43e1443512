package io.crmkit.pricing;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

final class ModuleTest {

    @Test
    void exportsItsFeaturePackagesButNotInternalAndRequiresOnlyItsChosenLibraries() throws Exception {
        Path classes = Path.of(ModuleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals("io.crmkit.pricing", module.name());
        assertEquals(Set.of("io.crmkit.pricing.catalog", "io.crmkit.pricing.pricebook", "io.crmkit.pricing.discount",
                        "io.crmkit.pricing.rule", "io.crmkit.pricing.waterfall", "io.crmkit.pricing.quote", "io.crmkit.pricing.port",
                        "io.crmkit.pricing.quote.port", "io.crmkit.pricing.json"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "io.crmkit.core", "com.fasterxml.jackson.databind"),
                module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertFalse(module.isOpen(), "no deep reflection into the module");
    }
}
