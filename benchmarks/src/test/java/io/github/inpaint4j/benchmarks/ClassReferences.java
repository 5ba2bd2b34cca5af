package io.github.inpaint4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The inpaint4j packages that compiled classes refer to, read from their constant pools: every class
 * a class names (imports, fully qualified names, signatures, annotations) is there, so this sees
 * more than the import lines of the sources.
 */
final class ClassReferences {

    private static final Pattern INPAINT4J_CLASS = Pattern.compile("io/github/inpaint4j/[A-Za-z0-9_/$]*");

    private ClassReferences() {
    }

    /** For each class of {@code root} (a class folder or a jar), the packages it names. */
    static Map<String, Set<String>> of(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            return read(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return read(jar.getPath("/"));
        }
    }

    /** The packages of the classes in {@code root}. */
    static Set<String> packages(Path root) throws IOException {
        return new TreeSet<>(of(root).keySet().stream().map(ClassReferences::packageOf).toList());
    }

    private static Map<String, Set<String>> read(Path root) throws IOException {
        Map<String, Set<String>> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue; // multi-release copies and descriptors are not classes of a package
                }
                try (InputStream in = Files.newInputStream(file)) {
                    references.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                            namedPackages(in.readAllBytes()));
                }
            }
        }
        return references;
    }

    /** The inpaint4j packages among the constant-pool strings of a class file (JVMS §4.4). */
    static Set<String> namedPackages(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Set<String> packages = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    Matcher m = INPAINT4J_CLASS.matcher(in.readUTF());
                    while (m.find()) {
                        String internalName = m.group();
                        packages.add(packageOf(internalName.replace('/', '.')));
                    }
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or a double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant-pool tag " + tag + " at entry " + i);
            }
        }
        return packages;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
