package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.testing.ModuleChecks;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** texture's module-info: the root package exported, internal hidden, every method provided. */
class ModuleDescriptorTest {

    @Test
    void exportsThePublicPackageOnly() {
        assertEquals("io.github.inpaint4j.texture", ModuleChecks.module(TeleaInpainter.class).descriptor().name());
        ModuleChecks.assertExportsPublicPackagesOnly(TeleaInpainter.class);
    }

    @Test
    void providesTheMethodsThatItsServiceFileLists() throws IOException {
        ModuleChecks.assertProvidesMatchServiceFile(TeleaInpainter.class, InpainterProvider.class);
    }
}
