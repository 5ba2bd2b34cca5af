package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path dir;

    Path picture;
    Path mask;

    @BeforeEach
    void inputs() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        picture = dir.resolve("in/picture.png");
        mask = dir.resolve("in/mask.png");
        Files.writeString(picture, "the original picture");
        Files.writeString(mask, "the original mask");
    }

    void assertRefused(Path output, Path input) {
        for (boolean overwrite : new boolean[] {false, true}) {
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> OutputGuard.check(output, overwrite, List.of(picture, mask)));
            assertTrue(e.getMessage().contains(output.toString()) && e.getMessage().contains(input.toString())
                    && e.getMessage().contains("same file"), e.getMessage());
            assertEquals(input.toString(), e.getOtherFile());
        }
    }

    @Test
    void theSameFileSpelledDifferentlyIsRefusedWhateverOverwriteSays() throws IOException {
        assertRefused(picture, picture);
        assertRefused(dir.resolve("in/./../in/mask.png"), mask);
        Path relative = Path.of("").toAbsolutePath().relativize(picture);
        assertRefused(relative, picture);
    }

    @Test
    void symbolicAndHardLinksAreTheSameFile() throws IOException {
        Path symlink = Files.createSymbolicLink(dir.resolve("link.png"), picture);
        assertRefused(symlink, picture);
        Path hardLink = Files.createLink(dir.resolve("hard.png"), mask);
        assertRefused(hardLink, mask);
        // and the other way round: the input is the link
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> OutputGuard.requireNotInput(picture, List.of(symlink)));
        assertTrue(e.getMessage().contains("link.png"), e.getMessage());
        assertEquals("the original picture", Files.readString(picture));
    }

    @Test
    void otherFilesPassAndTheUsualChecksStillApply() throws IOException {
        OutputGuard.check(dir.resolve("out.png"), false, List.of(picture, mask));
        OutputGuard.check(dir.resolve("out.png"), false, List.of(dir.resolve("missing.png")));
        Path copy = dir.resolve("copy.png");
        Files.copy(picture, copy);
        assertThrows(FileAlreadyExistsException.class, () -> OutputGuard.check(copy, false, List.of(picture)));
        OutputGuard.check(copy, true, List.of(picture, mask));
    }
}
