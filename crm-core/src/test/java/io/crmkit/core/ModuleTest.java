package io.crmkit.core;

import io.crmkit.core.shared.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ModuleTest {

    private static Path classes() throws URISyntaxException {
        return Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = classes();
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsTheFeaturePackagesButNotInternal() throws Exception {
        ModuleDescriptor module = descriptor();

        assertEquals("io.crmkit.core", module.name());
        assertEquals(Set.of("io.crmkit.core.shared", "io.crmkit.core.party", "io.crmkit.core.lead",
                        "io.crmkit.core.opportunity", "io.crmkit.core.activity", "io.crmkit.core.lifecycle",
                        "io.crmkit.core.timeline", "io.crmkit.core.pool", "io.crmkit.core.assignment", "io.crmkit.core.playbook",
                        "io.crmkit.core.port", "io.crmkit.core.usecase", "io.crmkit.core.json", "io.crmkit.core.approval",
                        "io.crmkit.core.dedupe"),
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(Files.isDirectory(classes().resolve("io/crmkit/core/internal")), "the internal package exists");
        assertFalse(module.isOpen(), "no deep reflection into the module");
    }

    @Test
    void requiresOnlyTheJdkBaseAndJacksonAsAnOptionalDependency() throws Exception {
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor().requires().stream()
                .filter(r -> !r.name().equals("java.base"))
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertEquals(Map.of("com.fasterxml.jackson.databind", Set.of(ModuleDescriptor.Requires.Modifier.STATIC)), requires);
    }
}
