package io.github.inpaint4j.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes files and folders so that a crash or an interrupted run never leaves a half-written one:
 * the content goes to a temporary sibling first and is then renamed into place.
 */
public final class AtomicFiles {

    /** Writes the content of a file or folder to the temporary path it is given. */
    @FunctionalInterface
    public interface Content {
        /** @param temporary a path in the target's folder that the content must be written to */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Checks, before any work is done, that {@code target} can be written: its folder exists and is
     * writable, and it does not exist unless {@code overwrite}.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws AccessDeniedException if the folder is not writable
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     */
    public static void checkWritable(Path target, boolean overwrite) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "output folder does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "output folder is not writable");
        }
        if (!overwrite && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "file exists and overwriting was not asked");
        }
    }

    /**
     * Writes a file atomically: {@code content} writes a temporary file in the target's folder,
     * which is then renamed to {@code target}. On failure the temporary file is deleted and any
     * existing target is left as it was.
     *
     * @param overwrite whether an existing {@code target} may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        checkWritable(target, overwrite);
        Path file = target.toAbsolutePath();
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp",
                umaskPermissions(file.getParent(), false));
        try {
            content.writeTo(temporary);
            moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes a folder atomically: {@code content} fills a new temporary folder beside
     * {@code target}, which is then renamed to {@code target}. The target must not exist yet.
     *
     * @throws FileAlreadyExistsException if the target exists
     */
    public static void writeDirectory(Path target, Content content) throws IOException {
        checkWritable(target, false);
        Path folder = target.toAbsolutePath();
        Path temporary = Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".",
                umaskPermissions(folder.getParent(), true));
        try {
            content.writeTo(temporary);
            moveIntoPlace(temporary, folder);
        } finally {
            deleteRecursively(temporary);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing happens if it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Full permissions for a new temporary file or folder on a POSIX file system, which the
     * process's umask then reduces as for any file it creates: without them {@code createTemp…}
     * makes it private (600, 700), and so would be the result renamed from it.
     */
    private static FileAttribute<?>[] umaskPermissions(Path folder, boolean directory) {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwxrwxrwx" : "rw-rw-rw-"))};
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
