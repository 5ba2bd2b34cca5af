package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders written atomically get the permissions the user's umask gives any new file,
 * not the private ones of their temporary stage.
 */
class AtomicFilesPermissionsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aFileHasThePermissionsOfAPlainNewFile() throws IOException {
        String plain = permissions(Files.createFile(dir.resolve("plain.txt")));
        Path target = dir.resolve("written.txt");
        AtomicFiles.write(target, false, temporary -> Files.writeString(temporary, "content"));
        assertEquals(plain, permissions(target));
        AtomicFiles.write(target, true, temporary -> Files.writeString(temporary, "replaced"));
        assertEquals(plain, permissions(target));
    }

    @Test
    void aFolderHasThePermissionsOfAPlainNewFolder() throws IOException {
        String plain = permissions(Files.createDirectory(dir.resolve("plain")));
        String plainFile = permissions(Files.createFile(dir.resolve("plain.txt")));
        Path target = dir.resolve("written");
        AtomicFiles.writeDirectory(target, temporary -> Files.writeString(temporary.resolve("inside.txt"), "x"));
        assertEquals(plain, permissions(target));
        assertEquals(plainFile, permissions(target.resolve("inside.txt")));
    }
}
