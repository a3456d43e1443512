package io.crmkit.testkit;

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
    void exportsClockAdaptersFixturesArbitrariesAndTheContract() throws Exception {
        Path classes = Path.of(MutableClock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertEquals("io.crmkit.testkit", module.name());
        assertEquals(Set.of("io.crmkit.testkit", "io.crmkit.testkit.memory", "io.crmkit.testkit.fixture",
                        "io.crmkit.testkit.arbitrary", "io.crmkit.testkit.contract"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = module.requires().stream()
                .filter(r -> !r.name().equals("java.base"))
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertEquals(Map.of("io.crmkit.core", Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
                "io.crmkit.pricing", Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
                "net.jqwik.api", Set.of(ModuleDescriptor.Requires.Modifier.STATIC),
                "org.junit.jupiter.api", Set.of(ModuleDescriptor.Requires.Modifier.STATIC)), requires);
    }
}
