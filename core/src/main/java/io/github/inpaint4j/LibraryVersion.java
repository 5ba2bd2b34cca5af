package io.github.inpaint4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of inpaint4j, e.g. {@code 0.1.0}: the Maven version of the modules, which are always
 * released together (the {@code inpaint4j-bom} keeps them aligned). Written into GAN checkpoints
 * and shown by the command line.
 */
public final class LibraryVersion {

    private static final String VERSION = read();

    private LibraryVersion() {
    }

    /** The Maven version of the library, or {@code unknown} when the classes were built without Maven. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        // Filled in by Maven's resource filtering (core's pom).
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library version", e);
        }
    }
}
