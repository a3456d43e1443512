package io.crmkit.persistence.jpa;

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
    void isNamedAndExportsNothingUntilItsAdaptersArrive() throws Exception {
        Path classes = Path.of(ModuleTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals("io.crmkit.persistence.jpa", module.name());
        assertEquals(Set.of(), module.exports());
        assertEquals(Set.of("java.base", "io.crmkit.core", "jakarta.persistence"),
                module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }
}
