package io.github.inpaint4j.batch;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inpaints a folder of pictures with one method: the Java API behind {@code inpaint batch}.
 *
 * <pre>{@code
 * try (Inpainter telea = Inpainters.create("telea")) {
 *     BatchReport report = InpaintBatch.run(BatchConfig.of(photos, masks, out), telea,
 *             BatchListener.NONE, CancellationToken.create());
 *     report.writeCsv(out.resolve("report.csv"));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Pictures are paired with their masks by name and outputs named by {@link BatchPairing}'s rules;
 *       sub-folders are mirrored in the output folder. A mask folder or an output folder inside
 *       the picture folder is not walked for pictures.</li>
 *   <li>{@link BatchConfig#jobs()} pictures are filled at once by one shared {@link Inpainter} (the
 *       library's methods are thread-safe; a GAN's model is loaded once). Only those pictures are in
 *       memory: each is read by the job that fills it.</li>
 *   <li>Outputs are PNG, written at each picture's depth (8 or 16 bits) with its metadata unless
 *       {@link BatchConfig#writing()} asks for a depth or for none ({@code inpaint batch --depth 8}).</li>
 *   <li>Resumable: a picture whose output exists is skipped unless {@link BatchConfig#overwrite()};
 *       outputs are written atomically, so an interrupted batch leaves only complete files.</li>
 *   <li>One bad picture never stops the batch: it becomes a failed row of the report (see {@link PictureFill}).</li>
 *   <li>Stopping: once {@code stop} is cancelled no picture starts, the pictures in flight finish and
 *       are written, and the others are recorded as cancelled. Interrupting the calling thread stops
 *       the pictures in flight too (nothing of them is written).</li>
 * </ul>
 */
public final class InpaintBatch {

    private static final Logger LOG = LoggerFactory.getLogger(InpaintBatch.class);

    private InpaintBatch() {
    }

    /**
     * The pictures of a batch, paired with their masks and outputs, sorted by picture name; nothing is read or written.
     *
     * @throws NoSuchFileException if the picture folder or the mask does not exist
     * @throws NotDirectoryException if the picture folder is a file
     * @throws FileSystemException if the output folder is the picture folder or the mask folder, or is a file
     */
    public static List<BatchItem> plan(BatchConfig config) throws IOException {
        Path images = config.images().toAbsolutePath().normalize();
        Path output = config.output().toAbsolutePath().normalize();
        if (!Files.exists(images)) {
            throw new NoSuchFileException(config.images().toString(), null, "picture folder does not exist");
        }
        if (!Files.isDirectory(images)) {
            throw new NotDirectoryException(config.images().toString());
        }
        if (config.masks() == null) {
            // the canvas is extended and there are no masks: every picture's new border is its hole
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new FileSystemException(config.output().toString(), null, "output is a file, not a folder");
            }
            if (Files.exists(output) && Files.isSameFile(output, images)) {
                throw new FileSystemException(config.output().toString(), null, "output folder is the picture"
                        + " folder: outputs would mix with the inputs; name another folder");
            }
            return BatchPairing.pairWithOneMask(names(images, List.of(output)), "");
        }
        Path masks = config.masks().toAbsolutePath().normalize();
        if (!Files.exists(masks)) {
            throw new NoSuchFileException(config.masks().toString(), null, "mask folder or file does not exist");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new FileSystemException(config.output().toString(), null, "output is a file, not a folder");
        }
        boolean maskFolder = Files.isDirectory(masks);
        if (Files.exists(output) && (Files.isSameFile(output, images) || maskFolder && Files.isSameFile(output, masks))) {
            throw new FileSystemException(config.output().toString(), null, "output folder is the "
                    + (Files.isSameFile(output, images) ? "picture" : "mask") + " folder: outputs would mix with"
                    + " the inputs; name another folder");
        }
        List<Path> notPictures = new ArrayList<>(List.of(output));
        if (maskFolder && !Files.isSameFile(masks, images)) {
            notPictures.add(masks);
        }
        List<String> pictures = names(images, notPictures);
        if (!maskFolder) {
            return BatchPairing.pairWithOneMask(pictures, config.masks().toString());
        }
        boolean sameFolder = Files.isSameFile(masks, images);
        return BatchPairing.pair(pictures, sameFolder ? pictures : names(masks, List.of(output)), sameFolder);
    }

    /**
     * Runs a batch.
     *
     * @param config the folders and settings
     * @param inpainter the method, shared by the jobs; the caller closes it
     * @param listener told of each picture as it finishes, on the calling thread
     * @param stop once cancelled, no further picture starts (see the class comment)
     * @return one row per picture, in the order of {@link #plan}
     * @throws IOException if the folders are unusable (see {@link #plan}) or the output folder cannot be made;
     *     a single picture's problem is a row of the report, never an exception
     */
    public static BatchReport run(BatchConfig config, Inpainter inpainter, BatchListener listener,
            CancellationToken stop) throws IOException {
        Objects.requireNonNull(inpainter, "inpainter");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(stop, "stop");
        long start = System.nanoTime();
        List<BatchItem> items = plan(config);
        Files.createDirectories(config.output());
        int total = items.size();
        AtomicReferenceArray<BatchResult> results = new AtomicReferenceArray<>(total);
        boolean[] reported = new boolean[total];
        listener.onStart(total);
        int finished = 0;
        for (int i = 0; i < total; i++) {
            BatchItem item = items.get(i);
            if (!item.isRunnable()) {
                BatchResult failed = new BatchResult(picturePath(config, item), maskPath(config, item),
                        BatchStatus.FAILED, 0, item.problem());
                results.set(i, failed);
                reported[i] = true;
                listener.onResult(failed, ++finished, total);
            }
        }
        CancellationToken inFlight = CancellationToken.create();
        ExecutorService pool = Executors.newFixedThreadPool(config.jobs(), daemonThreads());
        boolean interrupted = false;
        boolean collected = false;
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            for (int i = 0; i < total; i++) {
                if (results.get(i) == null) {
                    int index = i;
                    done.submit(() -> {
                        results.set(index, fill(config, items.get(index), inpainter, stop, inFlight));
                        return index;
                    });
                    submitted++;
                }
            }
            for (int n = 0; n < submitted; n++) {
                int index;
                try {
                    index = done.take().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                } catch (ExecutionException e) {
                    // fill never throws; an Error in it (other than out of memory) is not a picture's problem
                    throw new IllegalStateException("a batch job failed", e.getCause());
                }
                reported[index] = true;
                listener.onResult(results.get(index), ++finished, total);
            }
            collected = !interrupted;
        } finally {
            if (!collected) { // interrupted, or the listener threw: stop the jobs in flight too
                inFlight.cancel();
                pool.shutdownNow();
            } else {
                pool.shutdown();
            }
            interrupted |= awaitQuietly(pool);
        }
        List<BatchResult> rows = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            BatchResult row = results.get(i);
            if (row == null) {
                BatchItem item = items.get(i);
                row = new BatchResult(picturePath(config, item), maskPath(config, item), BatchStatus.CANCELLED, 0,
                        "the batch was interrupted");
            }
            if (!reported[i]) {
                listener.onResult(row, ++finished, total);
            }
            rows.add(row);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        BatchReport report = new BatchReport(rows, (System.nanoTime() - start) / 1e9,
                interrupted || stop.isCancelled() && rows.stream().anyMatch(r -> r.status() == BatchStatus.CANCELLED));
        LOG.debug("batch {} → {}: {}", config.images(), config.output(), report.summary());
        return report;
    }

    private static BatchResult fill(BatchConfig config, BatchItem item, Inpainter inpainter, CancellationToken stop,
            CancellationToken inFlight) {
        String picture = picturePath(config, item);
        String mask = maskPath(config, item);
        if (stop.isCancelled()) {
            return new BatchResult(picture, mask, BatchStatus.CANCELLED, 0, "not started: the batch was stopped");
        }
        PictureOutcome outcome = PictureFill.run(inpainter, Path.of(picture), mask.isEmpty() ? null : Path.of(mask),
                resolve(config.output(), item.output()), config.pictureOptions(), inFlight);
        return BatchResult.of(picture, mask, outcome);
    }

    private static String picturePath(BatchConfig config, BatchItem item) {
        return resolve(config.images(), item.picture()).toString();
    }

    private static String maskPath(BatchConfig config, BatchItem item) {
        if (item.mask().isEmpty() || config.masks() == null || !Files.isDirectory(config.masks())) {
            return item.mask();
        }
        return resolve(config.masks(), item.mask()).toString();
    }

    private static Path resolve(Path folder, String relative) {
        Path path = folder;
        for (String part : relative.split("/")) {
            path = path.resolve(part);
        }
        return path;
    }

    /** The files under {@code root} as relative names, leaving out hidden names and the {@code excluded} folders. */
    private static List<String> names(Path root, List<Path> excluded) throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && (BatchPairing.isHidden(dir.getFileName().toString()) || isExcluded(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    StringBuilder name = new StringBuilder();
                    for (Path part : root.relativize(file)) {
                        name.append(name.length() == 0 ? "" : "/").append(part);
                    }
                    names.add(name.toString());
                }
                return FileVisitResult.CONTINUE;
            }

            private boolean isExcluded(Path dir) throws IOException {
                for (Path folder : excluded) {
                    if (Files.exists(folder) && Files.isSameFile(dir, folder)) {
                        return true;
                    }
                }
                return false;
            }
        });
        return names;
    }

    /** Waits for the jobs to end (a job in flight finishes its picture); returns whether the wait was interrupted. */
    private static boolean awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    return interrupted;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                pool.shutdownNow();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "inpaint-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
