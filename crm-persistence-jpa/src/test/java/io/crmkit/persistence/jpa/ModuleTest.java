package io.crmkit.persistence.jpa;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class ModuleTest {

    @Test
    void exportsTheFactoryPackageOpensItToTheProviderAndRequiresOnlyCorePricingAndTheJakartaPersistenceApi() throws Exception {
        Path classes = Path.of(ModuleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals("io.crmkit.persistence.jpa", module.name());
        assertEquals(Set.of("io.crmkit.persistence.jpa"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("io.crmkit.persistence.jpa"),
                module.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet()));
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = module.requires().stream()
                .filter(r -> !r.name().equals("java.base"))
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        Set<ModuleDescriptor.Requires.Modifier> transitive = Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        assertEquals(Map.of("io.crmkit.core", transitive, "io.crmkit.pricing", transitive, "jakarta.persistence", transitive,
                "java.sql", transitive), requires);
    }
}
