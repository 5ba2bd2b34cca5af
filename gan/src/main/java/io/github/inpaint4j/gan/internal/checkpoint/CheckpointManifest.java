package io.github.inpaint4j.gan.internal.checkpoint;

import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The list of the files of a checkpoint folder, {@value #FILE}: one line per file with its
 * SHA-256, in the format of {@code sha256sum} (so {@code sha256sum -c files.sha256} checks a copied
 * checkpoint by hand).
 *
 * <p>A checkpoint is complete when every file its list names is present; a checkpoint written
 * before the list existed has the fixed set {@link #LEGACY_FILES}. A listed file is checked against
 * its SHA-256 when it is read, so a truncated or altered file is named as such instead of failing
 * somewhere inside DJL's parser or, worse, loading altered weights.
 */
public final class CheckpointManifest {

    /** The list's file name. */
    public static final String FILE = "files.sha256";
    /** The files of a checkpoint without a list. */
    public static final List<String> LEGACY_FILES = List.of(Checkpoint.METADATA,
            Checkpoint.parametersFile(Checkpoint.GENERATOR), Checkpoint.optimizerFile(Checkpoint.GENERATOR),
            Checkpoint.parametersFile(Checkpoint.DISCRIMINATOR), Checkpoint.optimizerFile(Checkpoint.DISCRIMINATOR));

    /** A line: the hash, two spaces (or a space and sha256sum's binary-mode star), a plain file name. */
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *]([^/\\\\]+)");

    private CheckpointManifest() {
    }

    /** Lists every file of {@code folder} (the checkpoint's files, all written) with its SHA-256. */
    public static void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.equals(FILE) && Files.isRegularFile(file)) {
                    text.append(sha256(file)).append("  ").append(name).append('\n');
                }
            }
        }
        Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    /**
     * The files the checkpoint {@code folder} should hold that are missing, in list order; none if
     * it is complete. A list that cannot be read counts as absent here (the files of
     * {@link #LEGACY_FILES} are looked for); {@link #verify} names the problem when the checkpoint
     * is loaded.
     */
    public static List<String> missingFiles(Path folder) throws IOException {
        Collection<String> listed;
        try {
            listed = read(folder).keySet();
        } catch (CheckpointException e) {
            listed = List.of();
        }
        Set<String> expected = new LinkedHashSet<>(listed.isEmpty() ? LEGACY_FILES : listed);
        expected.add(Checkpoint.METADATA);
        List<String> missing = new ArrayList<>();
        for (String name : expected) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * Checks file {@code name} of the checkpoint {@code folder} against the list; nothing is
     * checked in a checkpoint without a list.
     *
     * @throws CheckpointException naming the file if it is not listed, or if its content is not
     *     what was written (truncated or altered), or naming the list if it is malformed
     */
    public static void verify(Path folder, String name) throws IOException {
        Map<String, String> hashes = read(folder);
        if (hashes.isEmpty()) {
            return;
        }
        Path file = folder.resolve(name);
        String expected = hashes.get(name);
        if (expected == null) {
            throw new CheckpointException(file, "it is not listed in " + FILE, null);
        }
        if (!expected.equals(sha256(file))) {
            throw new CheckpointException(file, "it is damaged: its content (" + Files.size(file)
                    + " bytes) is not what was written, its SHA-256 differs from the one in " + FILE
                    + " (a truncated or altered copy)", null);
        }
    }

    /** The list of {@code folder}, file name to SHA-256 in file order; empty if there is none. */
    private static Map<String, String> read(Path folder) throws IOException {
        Path list = folder.resolve(FILE);
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.isRegularFile(list)) {
            return hashes;
        }
        List<String> lines = Files.readAllLines(list, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches() || hashes.put(m.group(2), m.group(1)) != null) {
                throw new CheckpointException(list, "line " + (i + 1) + " is not '<sha256>  <file name>' of a file "
                        + "listed once: the list is damaged", null);
            }
        }
        if (hashes.isEmpty()) {
            throw new CheckpointException(list, "it lists no file: the list is damaged", null);
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
