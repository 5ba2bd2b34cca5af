package io.github.inpaint4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks of a module's compiled {@code module-info}, read from the jar or class folder of one of its
 * classes (tests run on the class path, where the descriptor is otherwise ignored).
 */
public final class ModuleChecks {

    private ModuleChecks() {
    }

    /** The module that holds {@code member}, as its compiled descriptor declares it. */
    public static ModuleReference module(Class<?> member) {
        Set<ModuleReference> found = ModuleFinder.of(ClassRoots.of(member)).findAll();
        assertEquals(1, found.size(), "one module-info in " + ClassRoots.of(member));
        return found.iterator().next();
    }

    /**
     * Checks that the module exports every package except those named {@code internal} (or below
     * one), to everyone, and nothing else: a package added without its {@code exports} line fails.
     */
    public static void assertExportsPublicPackagesOnly(Class<?> member) {
        ModuleDescriptor descriptor = module(member).descriptor();
        Set<String> expected = descriptor.packages().stream()
                .filter(p -> !p.endsWith(".internal") && !p.contains(".internal."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            assertEquals(Set.of(), e.targets(), e.source() + " is exported to everyone, not to chosen modules");
            exported.add(e.source());
        }
        assertEquals(expected, exported, "the exports of " + descriptor.name());
    }

    /**
     * Checks that the module's {@code provides} for {@code service} lists the same classes, in the
     * same order, as its {@code META-INF/services} file, which is what a class-path user sees.
     */
    public static void assertProvidesMatchServiceFile(Class<?> member, Class<?> service) throws IOException {
        ModuleReference module = module(member);
        List<String> provided = module.descriptor().provides().stream()
                .filter(p -> p.service().equals(service.getName()))
                .flatMap(p -> p.providers().stream())
                .toList();
        List<String> listed;
        try (ModuleReader reader = module.open()) {
            Optional<InputStream> file = reader.open("META-INF/services/" + service.getName());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    file.orElseThrow(() -> new AssertionError("no META-INF/services file for " + service.getName())),
                    StandardCharsets.UTF_8))) {
                listed = lines.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
            }
        }
        assertEquals(listed, provided, "provides " + service.getName() + " of " + module.descriptor().name()
                + " against its META-INF/services file");
    }
}
