package io.github.inpaint4j.testing;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs modules as on a user's module path, inside a test that itself runs on the class path: a new
 * layer over the JDK's modules holds the modules of the given classes, resolved with their
 * {@code requires} and bound to the providers their {@code uses} find. Nothing of the class path
 * leaks in, so a missing {@code exports}, {@code requires} or {@code provides} shows.
 */
public final class ModuleLayers {

    private ModuleLayers() {
    }

    /** A layer of the modules (jars or class folders) that hold {@code members}, each resolved as a root. */
    public static ModuleLayer of(Class<?>... members) {
        Path[] roots = Arrays.stream(members).map(ClassRoots::of).distinct().toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(roots);
        Set<String> names = finder.findAll().stream().map(ModuleReference::descriptor)
                .map(d -> d.name()).collect(Collectors.toSet());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), names);
        return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    /** The class {@code name} of module {@code module} in {@code layer}. */
    public static Class<?> load(ModuleLayer layer, String module, String name) throws ClassNotFoundException {
        return Class.forName(name, true, layer.findLoader(module));
    }
}
