package io.github.inpaint4j.spark.internal;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.batch.PictureFill;
import io.github.inpaint4j.batch.PictureFillOptions;
import io.github.inpaint4j.batch.PictureOutcome;
import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.spark.SparkBatchConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The work of one partition on an executor: each row (picture, mask, output, picture bytes, mask
 * bytes) becomes a result row (picture, mask, status, seconds, message). The bytes go to two
 * files in a scratch folder of the task so that {@link PictureFill} reads them as {@code inpaint batch}
 * reads a folder (one reading path: pixel limit from the header, orientation, CMYK); the result
 * is written there and uploaded atomically to the output. Rows are processed one at a time as
 * Spark pulls them, so a task holds one picture, whatever the size of its partition.
 *
 * <p>When an executor is lost, Spark runs its partitions again elsewhere. The outputs the lost
 * attempt uploaded are complete (atomic uploads), so the retry keeps them and reports those
 * pictures as done — each picture is done once, and reported once — and fills the others.
 */
public final class PartitionFill implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Input columns, in order. */
    public static final String PICTURE = "picture";
    /** The mask's path. */
    public static final String MASK = "mask";
    /** The output's path. */
    public static final String OUTPUT = "output";
    /** The picture file's bytes, {@code null} if it could not be read. */
    public static final String PICTURE_CONTENT = "picture_content";
    /** The mask file's bytes, {@code null} if it could not be read. */
    public static final String MASK_CONTENT = "mask_content";

    private final SparkBatchConfig config;
    private final SerializableConfiguration hadoop;

    /**
     * @param config the batch
     * @param hadoop the driver's Hadoop configuration, for the output file system
     */
    public PartitionFill(SparkBatchConfig config, SerializableConfiguration hadoop) {
        this.config = config;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws IOException {
        if (!rows.hasNext()) {
            return rows; // no inpainter, no scratch folder for an empty partition
        }
        java.nio.file.Path scratch = Files.createTempDirectory("inpaint4j-task-");
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> deleteQuietly(scratch));
        }
        boolean retry = task != null && (task.attemptNumber() > 0 || task.stageAttemptNumber() > 0);
        Worker worker = new Worker(scratch, task == null ? 1 : task.cpus(), retry);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more && task == null) {
                    deleteQuietly(scratch);
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return worker.fill(rows.next());
            }
        };
    }

    /** The state of one partition's work: its scratch folder and its inpainter, made on first use. */
    private final class Worker {
        private final java.nio.file.Path scratch;
        private final int cpus;
        private final boolean retry;
        /** How each picture is read, filled and written: the batch's settings, into a scratch file that may be replaced. */
        private final PictureFillOptions fillOptions = PictureFillOptions.defaults()
                .withMaskRule(MaskRule.parse(config.maskRule())).withReading(config.reading())
                .withWriting(config.writing()).withDilate(config.dilate()).withOverwrite(true);
        private Inpainter inpainter;
        private String inpainterProblem;
        private FileSystem outputFs;

        Worker(java.nio.file.Path scratch, int cpus, boolean retry) {
            this.scratch = scratch;
            this.cpus = cpus;
            this.retry = retry;
        }

        Row fill(Row row) {
            long start = System.nanoTime();
            String picture = row.getAs(PICTURE);
            String mask = row.getAs(MASK);
            PictureOutcome outcome = fill(picture, mask, new Path((String) row.getAs(OUTPUT)),
                    row.getAs(PICTURE_CONTENT), row.getAs(MASK_CONTENT));
            double seconds = (System.nanoTime() - start) / 1e9;
            return RowFactory.create(picture, mask, outcome.status().label(), seconds, outcome.message());
        }

        private PictureOutcome fill(String picture, String mask, Path output, byte[] pictureBytes, byte[] maskBytes) {
            try {
                if (outputFs == null) {
                    outputFs = HadoopFiles.fileSystem(output, hadoop.value());
                }
                if (!config.overwrite() && outputFs.exists(output)) {
                    // The driver sent only pictures without an output. In a retried task (its executor
                    // was lost), the output is the earlier attempt's: the picture is done, once.
                    return retry ? outcome(BatchStatus.DONE, "written by an earlier attempt of this task")
                            : outcome(BatchStatus.SKIPPED, "output exists");
                }
            } catch (IOException e) {
                return outcome(BatchStatus.FAILED, "cannot reach the output " + output + ": " + e.getMessage());
            }
            if (pictureBytes == null) {
                return outcome(BatchStatus.FAILED, "unreadable picture: " + picture + " could not be read");
            }
            if (maskBytes == null) {
                return outcome(BatchStatus.FAILED, "unreadable mask: " + mask + " could not be read");
            }
            Inpainter method = inpainter();
            if (method == null) {
                return outcome(BatchStatus.FAILED, inpainterProblem);
            }
            java.nio.file.Path localPicture = scratch.resolve("picture");
            java.nio.file.Path localMask = scratch.resolve("mask");
            java.nio.file.Path localOutput = scratch.resolve("output.png");
            try {
                Files.write(localPicture, pictureBytes);
                Files.write(localMask, maskBytes);
                Files.deleteIfExists(localOutput);
                PictureOutcome filled = PictureFill.run(method, localPicture, localMask, localOutput, fillOptions,
                        CancellationToken.create());
                // the messages name the real files, not the scratch copies
                String message = filled.message().replace(localPicture.toString(), picture)
                        .replace(localMask.toString(), mask).replace(localOutput.toString(), output.toString());
                if (filled.status() != BatchStatus.DONE) {
                    return new PictureOutcome(filled.status(), filled.seconds(), message);
                }
                if (!HadoopFiles.upload(localOutput, outputFs, output, config.overwrite())) {
                    return outcome(BatchStatus.SKIPPED, "output written meanwhile by another run");
                }
                return new PictureOutcome(BatchStatus.DONE, filled.seconds(), message);
            } catch (IOException | UncheckedIOException e) {
                return outcome(BatchStatus.FAILED, "cannot write " + output + ": " + e.getMessage());
            } finally {
                deleteQuietly(localPicture);
                deleteQuietly(localMask);
                deleteQuietly(localOutput);
            }
        }

        /** The executor's shared inpainter; {@code null} with {@link #inpainterProblem} set if it cannot be made. */
        private Inpainter inpainter() {
            if (inpainter == null && inpainterProblem == null) {
                Map<String, String> options = new TreeMap<>(config.options());
                if (Inpainters.describe(config.method()).option(MethodDescription.THREADS).isPresent()) {
                    // one task slot's cores: the executor's slots fill its cores
                    options.putIfAbsent(MethodDescription.THREADS, Integer.toString(cpus));
                }
                try {
                    inpainter = ExecutorInpainters.get(config.method(), options, config.reading());
                } catch (IOException | RuntimeException e) {
                    inpainterProblem = "method error: cannot make " + config.method() + " on this executor: "
                            + e.getMessage();
                }
            }
            return inpainter;
        }
    }

    private static PictureOutcome outcome(BatchStatus status, String message) {
        return new PictureOutcome(status, 0, message);
    }

    private static void deleteQuietly(java.nio.file.Path path) {
        try {
            AtomicFiles.deleteRecursively(path);
        } catch (IOException e) {
            // a scratch file left in the temporary folder is harmless
        }
    }
}
