package io.github.inpaint4j.spark;

import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchResult;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingArguments;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point of {@link SparkInpaintBatch}:
 *
 * <pre>
 * spark-submit --class io.github.inpaint4j.spark.InpaintSparkJob inpaint4j-spark-app.jar \
 *     --images DIR --masks DIR|FILE --output DIR --method NAME [--option NAME=VALUE]... \
 *     [--mask-rule RULE] [--dilate PX] [--force] [--partitions N] [--max-pixels N] [--depth BITS] \
 *     [--strip-metadata] [--report FILE]
 * </pre>
 *
 * The arguments are the settings of {@link SparkBatchConfig} (read by {@link SettingArguments}) and
 * {@code --report}.
 * Folders are Hadoop paths; {@code --report} is a CSV file on the driver's disk (the columns of
 * {@code inpaint batch --report}). Prints the summary line of {@code inpaint batch}; the exit code
 * is 0 only when every picture is done or was done before, 1 otherwise, 2 for bad arguments.
 */
public final class InpaintSparkJob {

    /** Exit code of a batch with failed or cancelled pictures. */
    public static final int FAILURE = 1;
    /** Exit code of bad arguments. */
    public static final int USAGE = 2;

    /** The {@code report} argument: the CSV report's file, on the driver. */
    static final Setting<Path> REPORT = Setting.file("report").help("a CSV with a row per picture, on the driver's"
            + " disk");

    /** The job's arguments: the batch's settings and the report. */
    static final Settings ARGUMENTS = SparkBatchConfig.SETTINGS.plus(REPORT);

    /** The arguments that must be given. */
    static final List<Setting<?>> REQUIRED = List.of(SparkBatchConfig.IMAGES, SparkBatchConfig.MASKS,
            SparkBatchConfig.OUTPUT, SparkBatchConfig.METHOD);

    static final String USAGE_TEXT = "usage: InpaintSparkJob " + SettingArguments.usage(ARGUMENTS, REQUIRED);

    private InpaintSparkJob() {
    }

    /**
     * The parsed command line.
     *
     * @param config the batch
     * @param report the CSV report's file on the driver, or {@code null}
     */
    record Arguments(SparkBatchConfig config, Path report) {

        /** @throws IllegalArgumentException naming the argument that is wrong or missing ({@code --partitions ...}) */
        static Arguments parse(String... args) {
            try {
                SettingValues values = SettingArguments.parse(ARGUMENTS, REQUIRED, args);
                return new Arguments(SparkBatchConfig.of(values), values.find(REPORT).orElse(null));
            } catch (SettingException e) {
                throw new IllegalArgumentException(e.message("--" + e.setting()), e);
            }
        }
    }

    /** Parses the arguments, runs the batch on the session {@code spark-submit} set up, and exits with its code. */
    public static void main(String[] args) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("InpaintSparkJob: " + e.getMessage());
            System.err.println(USAGE_TEXT);
            System.exit(USAGE);
            return;
        }
        int code;
        SparkSession spark = SparkSession.builder().appName("inpaint4j batch").getOrCreate();
        try {
            code = run(spark, parsed, System.out, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs a parsed command line on {@code spark}.
     *
     * @return the exit code
     */
    static int run(SparkSession spark, Arguments arguments, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        BatchReport report;
        try {
            report = SparkInpaintBatch.report(SparkInpaintBatch.run(spark, arguments.config()),
                    (System.nanoTime() - start) / 1e9);
            if (arguments.report() != null) {
                report.writeCsv(arguments.report());
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("InpaintSparkJob: error: " + e.getMessage());
            return FAILURE;
        }
        List<BatchResult> failed = new ArrayList<>(report.results().stream()
                .filter(r -> r.status() == BatchStatus.FAILED).toList());
        for (BatchResult r : failed.subList(0, Math.min(10, failed.size()))) {
            err.println("InpaintSparkJob: failed: " + r.picture() + ": " + r.message());
        }
        out.println(report.summary() + (arguments.report() == null ? "" : "; report: " + arguments.report()));
        return report.succeeded() ? 0 : FAILURE;
    }

    /** For tests and embedding: {@link #run(SparkSession, Arguments, PrintStream, PrintStream)} from raw arguments. */
    static int run(SparkSession spark, PrintStream out, PrintStream err, String... args) {
        try {
            return run(spark, Arguments.parse(args), out, err);
        } catch (IllegalArgumentException e) {
            err.println("InpaintSparkJob: " + e.getMessage() + " (" + Arrays.toString(args) + ")");
            return USAGE;
        }
    }
}
