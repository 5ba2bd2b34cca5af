package io.github.inpaint4j.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, read once from the jar when the server starts: a fixed list of names, so that no
 * request path is ever resolved against a folder.
 */
final class StaticFiles {

    /** The page's files: request path → resource name and content type. */
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

    /**
     * A file of the page.
     *
     * @param bytes its content
     * @param contentType its media type
     */
    record File(byte[] bytes, String contentType) {
    }

    private final Map<String, File> files;

    private StaticFiles(Map<String, File> files) {
        this.files = files;
    }

    /**
     * Reads the page's files from the class path.
     *
     * @throws IllegalStateException if one is missing (a broken build)
     */
    static StaticFiles load() {
        Map<String, File> loaded = new HashMap<>();
        FILES.forEach((path, file) -> loaded.put(path, new File(read(file[0]), file[1])));
        return new StaticFiles(Map.copyOf(loaded));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file served at {@code path}, if any. */
    Optional<File> get(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
