package io.github.inpaint4j.spark;

import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchResult;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.io.MaskRule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point of {@link SparkInpaintBatch}:
 *
 * <pre>
 * spark-submit --class io.github.inpaint4j.spark.InpaintSparkJob inpaint4j-spark-app.jar \
 *     --images DIR --masks DIR|FILE --output DIR --method NAME [--option NAME=VALUE]... \
 *     [--mask-rule RULE] [--force] [--partitions N] [--max-pixels N] [--report FILE]
 * </pre>
 *
 * Folders are Hadoop paths; {@code --report} is a CSV file on the driver's disk (the columns of
 * {@code inpaint batch --report}). Prints the summary line of {@code inpaint batch}; the exit code
 * is 0 only when every picture is done or was done before, 1 otherwise, 2 for bad arguments.
 */
public final class InpaintSparkJob {

    /** Exit code of a batch with failed or cancelled pictures. */
    public static final int FAILURE = 1;
    /** Exit code of bad arguments. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: InpaintSparkJob --images DIR --masks DIR|FILE --output DIR --method NAME"
            + " [--option NAME=VALUE]... [--mask-rule nonzero|alpha|threshold=T] [--force] [--partitions N]"
            + " [--max-pixels N] [--report FILE]";

    private InpaintSparkJob() {
    }

    /**
     * The parsed command line.
     *
     * @param config the batch
     * @param report the CSV report's file on the driver, or {@code null}
     */
    record Arguments(SparkBatchConfig config, Path report) {

        /** @throws IllegalArgumentException naming the argument that is wrong or missing */
        static Arguments parse(String... args) {
            Map<String, String> single = new LinkedHashMap<>();
            Map<String, String> options = new LinkedHashMap<>();
            boolean force = false;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--force")) {
                    force = true;
                    continue;
                }
                if (!List.of("--images", "--masks", "--output", "--method", "--option", "--mask-rule", "--partitions",
                        "--max-pixels", "--report").contains(name)) {
                    throw new IllegalArgumentException("unknown argument '" + name + "'");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                if (name.equals("--option")) {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--option must be NAME=VALUE, got '" + value + "'");
                    }
                    options.put(value.substring(0, eq), value.substring(eq + 1));
                } else if (single.put(name, value) != null) {
                    throw new IllegalArgumentException(name + " is given twice");
                }
            }
            for (String required : List.of("--images", "--masks", "--output", "--method")) {
                if (!single.containsKey(required)) {
                    throw new IllegalArgumentException("missing " + required);
                }
            }
            SparkBatchConfig config = SparkBatchConfig.of(single.get("--images"), single.get("--masks"),
                    single.get("--output"), single.get("--method")).withOptions(options).withOverwrite(force);
            if (single.containsKey("--mask-rule")) {
                config = config.withMaskRule(MaskRule.parse(single.get("--mask-rule")));
            }
            if (single.containsKey("--partitions")) {
                config = config.withPartitions(number("--partitions", single.get("--partitions")).intValue());
            }
            if (single.containsKey("--max-pixels")) {
                config = config.withMaxPixels(number("--max-pixels", single.get("--max-pixels")));
            }
            return new Arguments(config, single.containsKey("--report") ? Path.of(single.get("--report")) : null);
        }

        private static Long number(String name, String text) {
            try {
                return Long.valueOf(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
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
