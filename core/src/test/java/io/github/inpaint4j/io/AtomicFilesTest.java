package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.SmallFileSystem;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    static long files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        }
    }

    @Test
    void aFolderIsNoOutputFileEvenWithOverwrite() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        for (boolean overwrite : new boolean[] {false, true}) {
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> AtomicFiles.checkWritable(folder, overwrite));
            assertTrue(e.getMessage().contains("out.png") && e.getMessage().contains("is a folder"), e.getMessage());
            assertThrows(FileSystemException.class,
                    () -> ImageFiles.write(SyntheticImages.noise(4, 4, 1), folder, overwrite));
        }
        assertEquals(1, files(dir), "nothing was written beside it");
    }

    @Test
    void aFailedWriteNamesTheTargetAndTheCauseNotTheTemporaryFile() throws IOException {
        Path target = dir.resolve("result.png");
        Files.writeString(target, "the previous result");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(target, true,
                temporary -> {
                    throw new IIOException("I/O error writing PNG file!",
                            new FileSystemException(temporary.toString(), null, "No space left on device"));
                }));
        assertEquals(target + ": cannot write it: No space left on device", e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertEquals("the previous result", Files.readString(target));
        assertEquals(1, files(dir), "the temporary file is deleted");
    }

    @Test
    void aFullDeviceIsReported() {
        // /dev/full fails every write with ENOSPC, as a full disk does
        Path target = dir.resolve("out.bin");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(target, false,
                temporary -> Files.write(Path.of("/dev/full"), new byte[4096])));
        assertTrue(e.getMessage().startsWith(target + ": cannot write it: No space left on device"), e.getMessage());
    }

    @Test
    void aFullFileSystemIsReportedAndLeavesNothing() throws Exception {
        try (SmallFileSystem disk = SmallFileSystem.mount(dir.resolve("small"), 64)) {
            Path target = disk.root().resolve("big.png");
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> ImageFiles.write(SyntheticImages.noise(256, 256, 3), target, false));
            assertEquals(target + ": cannot write it: No space left on device", e.getMessage());
            assertEquals(0, files(disk.root()), "neither the target nor a temporary file is left");
        }
    }
}
