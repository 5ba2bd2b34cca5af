package io.github.inpaint4j.gan.train;

import io.github.inpaint4j.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics of a run as a CSV file, one {@link TrainingMetrics} per line:
 * {@value #HEADER}; empty fields where a row has no validation score (or no baseline). Losses and
 * scores are written in full precision so that a resumed run carries the earlier rows on unchanged.
 * Columns are read by their header name, so a file written before {@code g_feature_loss} existed
 * reads with 0 there.
 */
public final class MetricsLog {

    /** The CSV header. */
    public static final String HEADER = "step,d_loss,g_adversarial_loss,g_l1_loss,g_feature_loss,images_per_second,"
            + "validation_hole_psnr,validation_texture_fidelity,baseline_hole_psnr,baseline_texture_fidelity";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** Columns that a file may lack (written by an older version), with the value they read as. */
    private static final Map<String, String> OPTIONAL = Map.of("g_feature_loss", "0");

    private MetricsLog() {
    }

    /** Writes {@code rows} to {@code file} atomically, replacing it. */
    public static void write(List<TrainingMetrics> rows, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (TrainingMetrics r : rows) {
            // Losses in full (shortest round-trip form), so that rows read back on resume are exact.
            csv.append(r.step()).append(',').append(r.discriminatorLoss()).append(',')
                    .append(r.generatorAdversarialLoss()).append(',').append(r.generatorL1Loss()).append(',')
                    .append(r.generatorFeatureLoss()).append(',')
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
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = header.indexOf(COLUMNS.get(c));
            if (index[c] < 0 && !OPTIONAL.containsKey(COLUMNS.get(c))) {
                throw new IOException("malformed metrics file " + file + ": its header lacks " + COLUMNS.get(c)
                        + " (expected " + HEADER + ")");
            }
        }
        List<TrainingMetrics> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f.length != header.size()) {
                    throw new NumberFormatException("expected " + header.size() + " fields (" + lines.get(0)
                            + "), found " + f.length);
                }
                String[] v = new String[COLUMNS.size()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = index[c] < 0 ? OPTIONAL.get(COLUMNS.get(c)) : f[index[c]];
                }
                rows.add(new TrainingMetrics(Long.parseLong(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]),
                        new ValidationScore(parse(v[6]), parse(v[7])), new ValidationScore(parse(v[8]), parse(v[9]))));
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
