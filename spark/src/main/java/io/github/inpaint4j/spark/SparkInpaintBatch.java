package io.github.inpaint4j.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.batch.BatchItem;
import io.github.inpaint4j.batch.BatchPairing;
import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchResult;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.spark.internal.ExecutorInpainters;
import io.github.inpaint4j.spark.internal.HadoopFiles;
import io.github.inpaint4j.spark.internal.PartitionFill;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inpaints a collection of pictures on Spark, with the rules of {@code inpaint batch}.
 *
 * <pre>{@code
 * Dataset<Row> results = SparkInpaintBatch.run(spark,
 *         SparkBatchConfig.of("hdfs:///scans", "hdfs:///scans-masks", "hdfs:///scans-repaired", "telea"));
 * results.write().csv("hdfs:///scans-report");
 * }</pre>
 *
 * <ol>
 *   <li>The driver lists the folders (names only, no content) and pairs pictures with masks and
 *       outputs by {@link BatchPairing}'s rules; pictures without a single mask, or whose output
 *       exists (unless overwriting), become result rows at once.</li>
 *   <li>The others' bytes are read with Spark's {@code binaryFile} source, which keeps them as they
 *       are (a 16-bit PNG stays 16-bit), joined with their masks' bytes, spread over
 *       {@link SparkBatchConfig#partitions()} partitions and filled in {@code mapPartitions}: one
 *       shared inpainter per executor and method (a GAN is loaded once per executor), each picture
 *       read, checked and filled by the same code as {@code inpaint batch}, its PNG uploaded
 *       atomically.</li>
 *   <li>Every picture gives one result row (picture, mask, status, seconds, message), collected on
 *       the driver: a bad picture is a failed row, never a failed job.</li>
 * </ol>
 *
 * <p>The run is eager: when {@link #run} returns, the outputs are written and the returned Dataset
 * holds the results (computing it again fills nothing). The driver holds the names and one result
 * row per picture, about 200 bytes each. The {@code binaryFile} scan reads every picture file of
 * the folder, also those whose outputs exist (a rerun reads their bytes again, then drops them
 * before any decoding or filling).
 */
public final class SparkInpaintBatch {

    /** The columns of a result row. */
    public static final StructType RESULT_SCHEMA = new StructType()
            .add("picture", DataTypes.StringType, false)
            .add("mask", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("seconds", DataTypes.DoubleType, false)
            .add("message", DataTypes.StringType, false);

    private static final StructType WORK_SCHEMA = new StructType()
            .add(PartitionFill.PICTURE, DataTypes.StringType, false)
            .add(PartitionFill.MASK, DataTypes.StringType, false)
            .add(PartitionFill.OUTPUT, DataTypes.StringType, false);

    private static final Logger LOG = LoggerFactory.getLogger(SparkInpaintBatch.class);

    private SparkInpaintBatch() {
    }

    /**
     * Runs a batch on {@code spark}'s cluster.
     *
     * @return one row per picture, with the columns of {@link #RESULT_SCHEMA}, sorted by picture
     * @throws IllegalArgumentException for an unknown method or a bad option (checked on the driver first)
     * @throws FileNotFoundException if the picture folder or the mask does not exist
     * @throws IOException if a folder cannot be listed, or the output folder is the picture or the mask folder
     */
    public static Dataset<Row> run(SparkSession spark, SparkBatchConfig config) throws IOException {
        Inpainters.describe(config.method()).parse(config.options(), config.reading());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path images = HadoopFiles.qualify(config.images(), conf);
        Path masks = HadoopFiles.qualify(config.masks(), conf);
        Path output = HadoopFiles.qualify(config.output(), conf);
        FileSystem imagesFs = HadoopFiles.fileSystem(images, conf);
        FileSystem masksFs = HadoopFiles.fileSystem(masks, conf);
        FileSystem outputFs = HadoopFiles.fileSystem(output, conf);
        if (!imagesFs.exists(images) || !imagesFs.getFileStatus(images).isDirectory()) {
            throw new FileNotFoundException(config.images() + ": picture folder does not exist or is a file");
        }
        if (!masksFs.exists(masks)) {
            throw new FileNotFoundException(config.masks() + ": mask folder or file does not exist");
        }
        boolean maskFolder = masksFs.getFileStatus(masks).isDirectory();
        if (output.equals(images) || output.equals(masks)) {
            throw new IOException(config.output() + ": output folder is the " + (output.equals(images) ? "picture"
                    : "mask") + " folder: outputs would mix with the inputs; name another folder");
        }
        boolean sameFolder = maskFolder && masks.equals(images);
        List<Path> notPictures = new ArrayList<>(List.of(output));
        if (maskFolder && !sameFolder) {
            notPictures.add(masks);
        }
        List<String> pictures = HadoopFiles.relativeFiles(imagesFs, images, notPictures);
        List<BatchItem> items = !maskFolder ? BatchPairing.pairWithOneMask(pictures, masks.toString())
                : BatchPairing.pair(pictures, sameFolder ? pictures : HadoopFiles.relativeFiles(masksFs, masks,
                        List.of(output)), sameFolder);
        Set<String> written = outputFs.exists(output) ? new HashSet<>(HadoopFiles.relativeFiles(outputFs, output,
                List.of())) : Set.of();

        List<Row> results = new ArrayList<>();
        List<Row> work = new ArrayList<>();
        for (BatchItem item : items) {
            String picture = HadoopFiles.child(images, item.picture()).toString();
            String mask = item.mask().isEmpty() ? "" : maskFolder ? HadoopFiles.child(masks, item.mask()).toString()
                    : masks.toString();
            if (!item.isRunnable()) {
                results.add(RowFactory.create(picture, mask, BatchStatus.FAILED.label(), 0.0, item.problem()));
            } else if (!config.overwrite() && written.contains(item.output())) {
                results.add(RowFactory.create(picture, mask, BatchStatus.SKIPPED.label(), 0.0, "output exists"));
            } else {
                work.add(RowFactory.create(picture, mask, HadoopFiles.child(output, item.output()).toString()));
            }
        }
        LOG.info("{} pictures: {} to fill, {} settled on the driver", items.size(), work.size(), results.size());
        if (!work.isEmpty()) {
            results.addAll(fill(spark, config, conf, work, images, masks, maskFolder));
        }
        results.sort(Comparator.comparing((Row r) -> r.getString(0)));
        return spark.createDataFrame(results, RESULT_SCHEMA);
    }

    private static List<Row> fill(SparkSession spark, SparkBatchConfig config, Configuration conf, List<Row> work,
            Path images, Path masks, boolean maskFolder) {
        Dataset<Row> todo = spark.createDataFrame(work, WORK_SCHEMA);
        Dataset<Row> pictureBytes = binaryFiles(spark, images, true)
                .select(col("path").as("picture_path"), col("content").as(PartitionFill.PICTURE_CONTENT));
        Dataset<Row> maskBytes = binaryFiles(spark, masks, maskFolder)
                .select(col("path").as("mask_path"), col("content").as(PartitionFill.MASK_CONTENT));
        if (!maskFolder) {
            maskBytes = broadcast(maskBytes); // one small file for every row
        }
        int partitions = config.partitions() > 0 ? config.partitions()
                : Math.max(1, Math.min(work.size(), 2 * spark.sparkContext().defaultParallelism()));
        Dataset<Row> rows = todo
                .join(pictureBytes, todo.col(PartitionFill.PICTURE).equalTo(pictureBytes.col("picture_path")), "left")
                .join(maskBytes, todo.col(PartitionFill.MASK).equalTo(maskBytes.col("mask_path")), "left")
                .select(PartitionFill.PICTURE, PartitionFill.MASK, PartitionFill.OUTPUT, PartitionFill.PICTURE_CONTENT,
                        PartitionFill.MASK_CONTENT)
                // a fixed count: adaptive execution would otherwise merge the few small rows into one task
                .repartition(partitions);
        return rows.mapPartitions(new PartitionFill(config, new SerializableConfiguration(conf)),
                Encoders.row(RESULT_SCHEMA)).collectAsList();
    }

    /** Spark's binaryFile source on a folder (picture files only, sub-folders too) or on one file. */
    private static Dataset<Row> binaryFiles(SparkSession spark, Path path, boolean folder) {
        return folder
                ? spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                        .option("pathGlobFilter", pictureGlob()).load(path.toString())
                : spark.read().format("binaryFile").load(path.toString());
    }

    /** A case-insensitive glob of the picture extensions, e.g. {@code *.{[pP][nN][gG],…}}. */
    static String pictureGlob() {
        List<String> alternatives = new ArrayList<>();
        for (String extension : new TreeSet<>(ImageFiles.PICTURE_EXTENSIONS)) {
            StringBuilder glob = new StringBuilder();
            for (char c : extension.toCharArray()) {
                glob.append('[').append(c).append(Character.toUpperCase(c)).append(']');
            }
            alternatives.add(glob.toString());
        }
        return "*.{" + String.join(",", alternatives) + "}";
    }

    /**
     * The results as a {@link BatchReport}, for its CSV and its summary line.
     *
     * @param results rows of {@link #RESULT_SCHEMA}
     * @param seconds the wall-clock time of the run
     */
    public static BatchReport report(Dataset<Row> results, double seconds) {
        List<BatchResult> rows = new ArrayList<>();
        for (Row r : results.collectAsList()) {
            rows.add(new BatchResult(r.getString(0), r.getString(1), BatchStatus.ofLabel(r.getString(2)), r.getDouble(3),
                    r.getString(4)));
        }
        return new BatchReport(rows, seconds, false);
    }

    /**
     * Closes the inpainters this JVM holds for its partitions (see the executors' holder): for a
     * driver in local mode that goes on with other work after a batch. On a cluster the executors
     * close theirs when they end.
     */
    public static void closeLocalInpainters() {
        ExecutorInpainters.closeAll();
    }
}
