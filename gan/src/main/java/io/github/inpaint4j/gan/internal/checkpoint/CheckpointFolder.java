package io.github.inpaint4j.gan.internal.checkpoint;

import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a training run writes to: one {@link Checkpoint} folder per saved step, named
 * {@code step-NNNNNNNN}, plus the run's metrics ({@code metrics.csv}, {@code loss-curve.png}).
 */
public final class CheckpointFolder {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFolder.class);
    private static final Pattern NAME = Pattern.compile("step-(\\d{8,18})");
    /** Temporary folders of {@link io.github.inpaint4j.io.AtomicFiles#writeDirectory} start with a dot. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.step-\\d{8,18}\\..*");
    /** Temporary files of {@link io.github.inpaint4j.io.AtomicFiles#write} for the run's metrics and plot. */
    private static final Pattern LEFTOVER_FILE = Pattern.compile("\\.(metrics\\.csv|loss-curve\\.png)\\..+\\.tmp");

    private CheckpointFolder() {
    }

    /** The folder name of the checkpoint of {@code step}. */
    public static String folderName(long step) {
        return String.format(Locale.ROOT, "step-%08d", step);
    }

    /**
     * The complete checkpoints under {@code root} (folders named {@code step-NNNNNNNN} that hold
     * every file their {@link CheckpointManifest} lists), oldest first; none if {@code root} does
     * not exist.
     */
    public static List<Path> checkpoints(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path child : stepFolders(root)) {
            if (CheckpointManifest.missingFiles(child).isEmpty()) {
                found.add(child);
            }
        }
        return found;
    }

    /** The folders named {@code step-NNNNNNNN} under {@code root}, complete or not, oldest first. */
    private static List<Path> stepFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : (Iterable<Path>) children.sorted()::iterator) {
                if (NAME.matcher(child.getFileName().toString()).matches() && Files.isDirectory(child)) {
                    found.add(child);
                }
            }
        }
        found.sort((a, b) -> Long.compare(step(a), step(b)));
        return found;
    }

    /** The newest checkpoint under {@code root}, if any. */
    public static Optional<Path> latest(Path root) throws IOException {
        List<Path> all = checkpoints(root);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The checkpoint {@code path} names: {@code path} itself if it holds a
     * {@code checkpoint.json}, otherwise the newest checkpoint under it.
     *
     * @throws NoSuchFileException if {@code path} does not exist
     * @throws CheckpointException if it is neither a checkpoint nor a folder of checkpoints
     */
    public static Path resolve(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no checkpoint here");
        }
        if (Files.isRegularFile(path.resolve(Checkpoint.METADATA))) {
            return path;
        }
        return latest(path).orElseThrow(() -> new CheckpointException(path, "it holds no " + Checkpoint.METADATA
                + " and no step-NNNNNNNN checkpoint folder", null));
    }

    /**
     * Deletes all but the newest {@code keep} checkpoints under {@code root}, and the incomplete
     * step folders older than the oldest one kept (what an interrupted deletion left). Each folder
     * is first renamed to a temporary name, so that a process killed while deleting it leaves a
     * leftover for {@link #removeLeftovers}, never a folder that still looks like a checkpoint.
     */
    public static void prune(Path root, int keep) throws IOException {
        List<Path> all = checkpoints(root);
        for (int i = 0; i < all.size() - keep; i++) {
            LOG.debug("deleting old checkpoint {}", all.get(i));
            delete(all.get(i));
        }
        long oldestKept = all.isEmpty() ? Long.MIN_VALUE : step(all.get(Math.max(0, all.size() - keep)));
        for (Path folder : stepFolders(root)) {
            if (step(folder) < oldestKept && !CheckpointManifest.missingFiles(folder).isEmpty()) {
                LOG.info("deleting the incomplete old checkpoint {}", folder);
                delete(folder);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        Path doomed = folder.resolveSibling("." + folder.getFileName() + ".deleted");
        AtomicFiles.deleteRecursively(doomed);
        Files.move(folder, doomed, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.deleteRecursively(doomed);
    }

    /**
     * Cleans up after a process that was killed while writing to {@code root}: deletes its
     * temporary checkpoint folders and temporary metrics and plot files. Call it only while holding
     * the folder's {@link CheckpointLock}, or it may delete the files another run is writing.
     *
     * @throws CheckpointException naming an incomplete step folder newer than every complete
     *     checkpoint: a run would collide with it when it reaches that step
     */
    public static void removeLeftovers(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                String name = child.getFileName().toString();
                if (LEFTOVER.matcher(name).matches() && Files.isDirectory(child)) {
                    LOG.info("deleting the incomplete checkpoint {}", child);
                    AtomicFiles.deleteRecursively(child);
                } else if (LEFTOVER_FILE.matcher(name).matches() && Files.isRegularFile(child)) {
                    LOG.info("deleting the temporary file {}", child);
                    Files.delete(child);
                }
            }
        }
        long newest = latest(root).map(CheckpointFolder::step).orElse(-1L);
        for (Path folder : stepFolders(root)) {
            List<String> missing = CheckpointManifest.missingFiles(folder);
            if (missing.isEmpty()) {
                continue;
            }
            if (step(folder) > newest) {
                throw new CheckpointException(folder, "it is an incomplete checkpoint (" + String.join(", ", missing)
                        + " missing) newer than every complete one; training would collide with it: move or delete it",
                        null);
            }
            LOG.warn("ignoring the incomplete checkpoint {} ({} missing)", folder, String.join(", ", missing));
        }
    }

    private static long step(Path checkpoint) {
        Matcher m = NAME.matcher(checkpoint.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
