package io.github.inpaint4j.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
     * Checks, before any work is done, that the file {@code target} can be written: its folder exists
     * and is writable, it is not a folder, and it does not exist unless {@code overwrite}.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws AccessDeniedException if the folder is not writable
     * @throws FileSystemException if the target is a folder
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     */
    public static void checkWritable(Path target, boolean overwrite) throws IOException {
        Path file = checkFolder(target);
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder; the output must be a file");
        }
        requireAbsentUnless(overwrite, file);
    }

    /** The absolute target, after checking that its folder exists and is writable. */
    private static Path checkFolder(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "output folder does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "output folder is not writable");
        }
        return file;
    }

    private static void requireAbsentUnless(boolean overwrite, Path file) throws FileAlreadyExistsException {
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
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
     * @throws FileSystemException naming the target (not the temporary file) and the cause, e.g.
     *     "No space left on device", if writing or renaming fails
     */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        checkWritable(target, overwrite);
        Path file = target.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp",
                    umaskPermissions(file.getParent(), false));
            content.writeTo(temporary);
            moveIntoPlace(temporary, file);
        } catch (IOException e) {
            FileSystemException failure = new FileSystemException(target.toString(), null, "cannot write it: "
                    + cause(e));
            failure.initCause(e);
            throw failure;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * The innermost reason of a failed write, without the temporary file's name: ImageIO's writers
     * wrap the system's error ("No space left on device") in their own ("I/O error writing PNG file!").
     */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root instanceof FileSystemException f ? f.getReason() : root.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = root.getClass().getSimpleName();
        }
        return reason;
    }

    /**
     * Writes a folder atomically: {@code content} fills a new temporary folder beside
     * {@code target}, which is then renamed to {@code target}. The target must not exist yet.
     *
     * @throws FileAlreadyExistsException if the target exists
     */
    public static void writeDirectory(Path target, Content content) throws IOException {
        Path folder = checkFolder(target);
        requireAbsentUnless(false, folder);
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
