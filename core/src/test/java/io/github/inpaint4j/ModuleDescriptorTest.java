package io.github.inpaint4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.testing.ModuleChecks;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** core's module-info: its name, public packages and the registry's service. */
class ModuleDescriptorTest {

    @Test
    void exportsEveryPublicPackage() {
        ModuleDescriptor core = ModuleChecks.module(Inpainter.class).descriptor();
        assertEquals("io.github.inpaint4j.core", core.name());
        ModuleChecks.assertExportsPublicPackagesOnly(Inpainter.class);
    }

    @Test
    void usesTheProviderServiceAndNeedsOnlyTheJdkAndSlf4j() {
        ModuleDescriptor core = ModuleChecks.module(Inpainter.class).descriptor();
        assertEquals(Set.of(InpainterProvider.class.getName()), core.uses());
        assertEquals(Set.of("java.base", "java.desktop", "org.slf4j"), core.requires().stream()
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }
}
