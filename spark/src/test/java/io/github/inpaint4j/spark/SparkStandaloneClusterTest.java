package io.github.inpaint4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.synthetic.SyntheticImages;
import io.github.inpaint4j.testing.InpainterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a real standalone cluster ({@link LocalStandaloneCluster}): a master and two
 * workers of one core, each a JVM of its own on loopback, the job submitted through
 * {@code SparkSubmit} with its application jar and the inpaint4j jars in {@code --jars}. One
 * worker is killed, with its executor, while the job runs; the job must still finish, with every
 * picture done once and reported once.
 */
class SparkStandaloneClusterTest {

    static final int PICTURES = 24;
    static final int SIDE = 192;
    /** Outputs written before the kill: the killed executor has begun its work, most pictures remain. */
    static final int KILL_AFTER = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void jobFinishesWithEveryPictureDoneOnceWhenAWorkerDiesMidJob() throws Exception {
        Path images = dir.resolve("photos");
        Path masks = dir.resolve("masks");
        Path output = dir.resolve("out");
        Path report = dir.resolve("report.csv");
        Mask hole = Mask.fromRectangles(SIDE, SIDE, new Rect(SIDE / 3, SIDE / 4, SIDE / 3, SIDE / 3));
        Files.createDirectories(images);
        Files.createDirectories(masks);
        for (int i = 0; i < PICTURES; i++) {
            ImageFiles.write(SyntheticImages.noise(SIDE, SIDE, i), images.resolve(name(i)), false);
            ImageFiles.writeMask(hole, masks.resolve(name(i)), false);
        }
        Path jars = dir.resolve("jars");
        Path app = LocalStandaloneCluster.jarOf(InpaintSparkJob.class, jars, "inpaint4j-spark.jar");
        Path core = LocalStandaloneCluster.jarOf(Inpainter.class, jars, "inpaint4j-core.jar");
        Path texture = LocalStandaloneCluster.jarOf(Class.forName("io.github.inpaint4j.texture.CriminisiInpainter"),
                jars, "inpaint4j-texture.jar");

        int outputsAtKill;
        int exit;
        Path jobLog = dir.resolve("job.log");
        try (LocalStandaloneCluster cluster = LocalStandaloneCluster.start(dir.resolve("spark"), 2, 1)) {
            Process job = cluster.submit(jobLog, List.of("--jars", core + "," + texture,
                    "--class", InpaintSparkJob.class.getName(), app.toString(),
                    "--images", images.toString(), "--masks", masks.toString(), "--output", output.toString(),
                    "--method", "criminisi", "--partitions", "4", "--report", report.toString()));
            while ((outputsAtKill = outputs(output).size()) < KILL_AFTER) {
                assertTrue(job.isAlive(), "the job ended before the kill:\n" + LocalStandaloneCluster.tail(jobLog));
                Thread.sleep(20);
            }
            cluster.killWorker(0);
            exit = job.waitFor();
            String log = Files.readString(jobLog);
            assertTrue(log.contains("Lost executor"), "the driver lost the killed worker's executor:\n"
                    + LocalStandaloneCluster.tail(jobLog));
        }
        assertTrue(outputsAtKill < PICTURES, "the kill came after the last picture (" + outputsAtKill + ")");
        assertEquals(0, exit, "exit code; the job's log:\n" + LocalStandaloneCluster.tail(jobLog));

        // every picture reported once, done; one output each, complete, its known pixels unchanged
        Map<String, String> statuses = new TreeMap<>();
        List<String> lines = Files.readAllLines(report);
        assertEquals(BatchReport.CSV_HEADER, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 5);
            String picture = fields[0].substring(fields[0].lastIndexOf('/') + 1);
            assertEquals(null, statuses.put(picture, fields[2]), picture + " reported twice");
        }
        assertEquals(PICTURES, statuses.size(), statuses.toString());
        statuses.forEach((picture, status) -> assertEquals(BatchStatus.DONE.label(), status, picture));
        List<String> written = outputs(output);
        assertEquals(PICTURES, written.size(), written.toString());
        for (int i = 0; i < PICTURES; i++) {
            RgbImage picture = ImageFiles.read(images.resolve(name(i)));
            RgbImage result = ImageFiles.read(output.resolve(name(i)));
            assertEquals(SIDE, result.width());
            InpainterContractTest.assertKnownPixelsUnchanged(picture, hole, result);
        }
        try (Stream<Path> files = Files.list(output)) {
            List<String> visible = new ArrayList<>(files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).toList());
            visible.removeAll(written);
            assertTrue(visible.isEmpty(), "no partial output: " + visible);
        }
        assertFalse(Files.exists(output.resolve("_temporary")));
    }

    private static String name(int i) {
        return String.format("p%02d.png", i);
    }

    /** The finished outputs: the PNG files of the folder (uploads go to hidden names first). */
    private static List<String> outputs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png") && !n.startsWith("."))
                    .sorted().toList();
        }
    }
}
