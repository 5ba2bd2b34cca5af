package io.github.inpaint4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.cli.InpaintCommand;
import io.github.inpaint4j.examples.ScratchRepairExample;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.testing.ClassRoots;
import io.github.inpaint4j.testing.InpainterContractTest;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code internal} package is used by its own module only. Checked on the compiled classes of
 * every module but spark (and of core's test-jar and these tests), so a fully qualified name or a
 * signature counts as much as an import. It lives here because benchmarks is the module whose class
 * path holds all the others (examples as a test dependency).
 */
class ModuleBoundariesTest {

    @Test
    void noModuleUsesAnotherModulesInternalPackages() throws IOException {
        Map<String, List<Path>> modules = new LinkedHashMap<>();
        modules.put("core", List.of(ClassRoots.of(Inpainter.class), ClassRoots.of(InpainterContractTest.class)));
        modules.put("texture", List.of(ClassRoots.of(TeleaInpainter.class)));
        modules.put("gan", List.of(ClassRoots.of(GanInpainter.class)));
        modules.put("cli", List.of(ClassRoots.of(InpaintCommand.class)));
        modules.put("examples", List.of(ClassRoots.of(ScratchRepairExample.class)));
        modules.put("benchmarks", List.of(ClassRoots.of(SpeedCommand.class), ClassRoots.of(getClass())));
        assertEquals(List.of(), violations(modules));
        assertTrue(internalPackages(modules.get("texture")).contains("io.github.inpaint4j.texture.internal"),
                "the check sees texture's internal package");
    }

    @Test
    void aForeignUseOfAnInternalPackageIsReported(@TempDir Path folder) throws IOException {
        // a module of one class that, like GanInpainter, uses gan.internal
        Path copy = folder.resolve("io/github/inpaint4j/gan/GanInpainter.class");
        Files.createDirectories(copy.getParent());
        try (InputStream in = GanInpainter.class.getResourceAsStream("GanInpainter.class")) {
            Files.copy(in, copy);
        }
        Map<String, List<Path>> modules = new LinkedHashMap<>();
        modules.put("gan", List.of(ClassRoots.of(GanInpainter.class)));
        modules.put("other", List.of(folder));
        assertEquals(List.of("io.github.inpaint4j.gan.GanInpainter (other) uses io.github.inpaint4j.gan.internal (gan)"),
                violations(modules));
    }

    /** Each use of an internal package by a class of another module: "class (module) uses package (owner)". */
    private static List<String> violations(Map<String, List<Path>> modules) throws IOException {
        Map<String, String> ownerOfInternal = new LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> module : modules.entrySet()) {
            for (String p : internalPackages(module.getValue())) {
                ownerOfInternal.put(p, module.getKey());
            }
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<Path>> module : modules.entrySet()) {
            for (Path root : module.getValue()) {
                for (Map.Entry<String, Set<String>> c : ClassReferences.of(root).entrySet()) {
                    for (String used : c.getValue()) {
                        String owner = ownerOfInternal.get(used);
                        if (owner != null && !owner.equals(module.getKey())) {
                            found.add(c.getKey() + " (" + module.getKey() + ") uses " + used + " (" + owner + ")");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> internalPackages(List<Path> roots) throws IOException {
        Set<String> internal = new TreeSet<>();
        for (Path root : roots) {
            for (String p : ClassReferences.packages(root)) {
                if (p.endsWith(".internal") || p.contains(".internal.")) {
                    internal.add(p);
                }
            }
        }
        return internal;
    }
}
