package io.github.inpaint4j.gan.internal.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointManifestTest {

    /** SHA-256 of "abc" (FIPS 180-2, appendix B.1) and of the empty string. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static Path folder(Path dir) throws IOException {
        Files.writeString(dir.resolve("checkpoint.json"), "abc");
        Files.writeString(dir.resolve("b.params"), "");
        Files.createDirectories(dir.resolve("sub")); // folders are not listed
        CheckpointManifest.write(dir);
        return dir;
    }

    @Test
    void listsEveryFileWithItsSha256InTheFormatOfSha256sum(@TempDir Path dir) throws IOException {
        folder(dir);
        assertEquals(EMPTY + "  b.params\n" + ABC + "  checkpoint.json\n",
                Files.readString(dir.resolve(CheckpointManifest.FILE)));
        CheckpointManifest.verify(dir, "checkpoint.json");
        CheckpointManifest.verify(dir, "b.params");
        assertEquals(List.of(), CheckpointManifest.missingFiles(dir));
    }

    @Test
    void aCheckpointMissesWhatItsListNames(@TempDir Path dir) throws IOException {
        folder(dir);
        Files.delete(dir.resolve("b.params"));
        assertEquals(List.of("b.params"), CheckpointManifest.missingFiles(dir));
        Files.delete(dir.resolve("checkpoint.json"));
        assertEquals(List.of("b.params", "checkpoint.json"), CheckpointManifest.missingFiles(dir));
    }

    @Test
    void withoutAListTheFixedFilesAreExpected(@TempDir Path dir) throws IOException {
        assertEquals(CheckpointManifest.LEGACY_FILES, CheckpointManifest.missingFiles(dir));
        for (String file : CheckpointManifest.LEGACY_FILES) {
            Files.writeString(dir.resolve(file), "x");
        }
        assertEquals(List.of(), CheckpointManifest.missingFiles(dir));
        Files.delete(dir.resolve("generator-adam.ndlist"));
        assertEquals(List.of("generator-adam.ndlist"), CheckpointManifest.missingFiles(dir));
        CheckpointManifest.verify(dir, "generator-0000.params"); // nothing to check against
    }

    @Test
    void anAlteredFileIsNamed(@TempDir Path dir) throws IOException {
        folder(dir);
        Files.writeString(dir.resolve("checkpoint.json"), "abd");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> CheckpointManifest.verify(dir, "checkpoint.json"));
        assertEquals("bad checkpoint " + dir.resolve("checkpoint.json") + ": it is damaged: its content (3 bytes) is "
                + "not what was written, its SHA-256 differs from the one in files.sha256 (a truncated or altered copy)",
                e.getMessage());
    }

    @Test
    void aFileTheListDoesNotNameIsRefused(@TempDir Path dir) throws IOException {
        folder(dir);
        Files.writeString(dir.resolve("c.params"), "abc");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> CheckpointManifest.verify(dir, "c.params"));
        assertEquals("bad checkpoint " + dir.resolve("c.params") + ": it is not listed in files.sha256",
                e.getMessage());
    }

    @Test
    void aDamagedListIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        folder(dir);
        Path list = dir.resolve(CheckpointManifest.FILE);
        for (String bad : new String[] {EMPTY + "  b.params\n" + ABC.substring(1) + "  checkpoint.json\n",
            EMPTY + "  b.params\n" + ABC + "  ../checkpoint.json\n", EMPTY + "  b.params\n" + ABC + "  b.params\n"}) {
            Files.writeString(list, bad);
            CheckpointException e = assertThrows(CheckpointException.class,
                    () -> CheckpointManifest.verify(dir, "b.params"));
            assertEquals("bad checkpoint " + list + ": line 2 is not '<sha256>  <file name>' of a file listed once: "
                    + "the list is damaged", e.getMessage());
        }
        Files.writeString(list, "");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> CheckpointManifest.verify(dir, "b.params"));
        assertEquals("bad checkpoint " + list + ": it lists no file: the list is damaged", e.getMessage());
        // For completeness a damaged list counts as absent: the fixed files are looked for.
        assertEquals(CheckpointManifest.LEGACY_FILES.subList(1, 5), CheckpointManifest.missingFiles(dir));
    }
}
