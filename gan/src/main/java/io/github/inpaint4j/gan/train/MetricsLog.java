package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of a run as a CSV file, one {@link TrainingMetrics} per line:
 * {@value #HEADER}; empty fields where a row has no validation score (or no baseline). Losses and
 * scores are written in full precision so that a resumed run carries the earlier rows on unchanged.
 */
public final class MetricsLog {

    /** The CSV header. */
    public static final String HEADER = "step,d_loss,g_adversarial_loss,g_l1_loss,images_per_second,"
            + "validation_hole_psnr,validation_texture_fidelity,baseline_hole_psnr,baseline_texture_fidelity";

    private static final int FIELDS = 9;

    private MetricsLog() {
    }

    /** Writes {@code rows} to {@code file} atomically, replacing it. */
    public static void write(List<TrainingMetrics> rows, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (TrainingMetrics r : rows) {
            // Losses in full (shortest round-trip form), so that rows read back on resume are exact.
            csv.append(r.step()).append(',').append(r.discriminatorLoss()).append(',')
                    .append(r.generatorAdversarialLoss()).append(',').append(r.generatorL1Loss()).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", r.imagesPerSecond())).append(',')
                    .append(number(r.validation().holePsnr())).append(',')
                    .append(number(r.validation().textureFidelity())).append(',')
                    .append(number(r.baseline().holePsnr())).append(',')
                    .append(number(r.baseline().textureFidelity())).append('\n');
        }
        AtomicFiles.write(file, true, temporary -> Files.writeString(temporary, csv, StandardCharsets.UTF_8));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /**
     * Reads the rows of a file written by {@link #write}; none if the file does not exist.
     *
     * @throws IOException naming the file and line if a line is malformed
     */
    public static List<TrainingMetrics> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TrainingMetrics> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f.length != FIELDS) {
                    throw new NumberFormatException("expected " + FIELDS + " fields (" + HEADER + "), found "
                            + f.length);
                }
                rows.add(new TrainingMetrics(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        new ValidationScore(parse(f[5]), parse(f[6])), new ValidationScore(parse(f[7]), parse(f[8]))));
            } catch (NumberFormatException e) {
                throw new IOException("malformed metrics line " + (i + 1) + " of " + file + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static double parse(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }
}
