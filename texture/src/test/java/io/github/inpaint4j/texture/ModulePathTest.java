package io.github.inpaint4j.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.testing.ClassRoots;
import io.github.inpaint4j.testing.ModuleLayers;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;

/**
 * core and texture as named modules, as on a user's module path: the registry finds the same
 * methods there (through {@code provides}, not {@code META-INF/services}) as on the class path, and
 * each fills a hole. Reflection reaches the layer's classes, which are not this test's.
 */
class ModulePathTest {

    private static final String CORE = "io.github.inpaint4j.core";

    @Test
    void theRegistryFindsAndRunsEveryMethodOnTheModulePath() throws Exception {
        ModuleLayer layer = ModuleLayers.of(Inpainter.class, TeleaInpainter.class, LoggerFactory.class,
                SimpleServiceProvider.class);
        Class<?> registry = ModuleLayers.load(layer, CORE, "io.github.inpaint4j.Inpainters");
        Class<?> image = ModuleLayers.load(layer, CORE, "io.github.inpaint4j.RgbImage");
        Class<?> mask = ModuleLayers.load(layer, CORE, "io.github.inpaint4j.Mask");
        Class<?> inpainter = ModuleLayers.load(layer, CORE, "io.github.inpaint4j.Inpainter");

        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) registry.getMethod("names").invoke(null);
        assertEquals(classPathNames(), names, "module path against class path");

        // a 24×24 grey picture with a 1-pixel hole in the middle: every method fills it with grey
        Object picture = image.getMethod("filled", int.class, int.class, float.class, float.class, float.class)
                .invoke(null, 24, 24, 0.5f, 0.5f, 0.5f);
        boolean[] holes = new boolean[24 * 24];
        holes[12 * 24 + 12] = true;
        Object hole = mask.getMethod("of", int.class, int.class, boolean[].class).invoke(null, 24, 24, holes);
        Method inpaint = inpainter.getMethod("inpaint", image, mask);
        Method get = image.getMethod("get", int.class, int.class, int.class);
        for (String name : names) {
            try (AutoCloseable method = (AutoCloseable) registry.getMethod("create", String.class).invoke(null, name)) {
                assertEquals("io.github.inpaint4j.texture", method.getClass().getModule().getName(), name);
                Object filled = inpaint.invoke(method, picture, hole);
                assertEquals(0.5f, (float) get.invoke(filled, 12, 12, 1), 1e-6f, name);
            }
        }
    }

    /** The names of the methods that texture registers on the class path, sorted as the registry sorts them. */
    private static List<String> classPathNames() {
        Path texture = ClassRoots.of(TeleaInpainter.class);
        return ServiceLoader.load(InpainterProvider.class).stream()
                .filter(p -> ClassRoots.of(p.type()).equals(texture))
                .map(p -> p.get().description().name())
                .sorted()
                .toList();
    }
}
