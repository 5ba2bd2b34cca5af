package io.github.inpaint4j.batch;

import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a batch did: one {@link BatchResult} per picture, in the order of the pictures' names,
 * the run's wall-clock time and whether it was stopped. Immutable.
 *
 * @param results one row per picture
 * @param seconds the wall-clock time of the whole run
 * @param stopped whether the run was stopped before every picture had its turn
 */
public record BatchReport(List<BatchResult> results, double seconds, boolean stopped) {

    /** The header of the report CSV. */
    public static final String CSV_HEADER = "picture,mask,status,seconds,message";

    /** Copies the rows. */
    public BatchReport {
        results = List.copyOf(results);
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
        }
    }

    /** How many pictures ended with {@code status}. */
    public int count(BatchStatus status) {
        Objects.requireNonNull(status, "status");
        return (int) results.stream().filter(r -> r.status() == status).count();
    }

    /** Whether every picture is done or was done before (skipped): the batch needs no rerun. */
    public boolean succeeded() {
        return results.stream().allMatch(r -> r.status().succeeded());
    }

    /**
     * One line for people: the counts of each status, and the rate of the pictures filled in this run,
     * e.g. {@code 50 pictures: 45 done, 3 skipped, 2 failed, 0 cancelled in 73.2 s (0.61 pictures/s filled)}.
     */
    public String summary() {
        Map<BatchStatus, Integer> counts = new EnumMap<>(BatchStatus.class);
        for (BatchStatus status : BatchStatus.values()) {
            counts.put(status, count(status));
        }
        int done = counts.get(BatchStatus.DONE);
        return String.format(Locale.ROOT, "%d picture%s: %d done, %d skipped, %d failed, %d cancelled in %.1f s%s%s",
                results.size(), results.size() == 1 ? "" : "s", done, counts.get(BatchStatus.SKIPPED),
                counts.get(BatchStatus.FAILED), counts.get(BatchStatus.CANCELLED), seconds,
                done > 0 && seconds > 0 ? String.format(Locale.ROOT, " (%.2f pictures/s filled)", done / seconds) : "",
                stopped ? "; stopped: run it again to go on" : "");
    }

    /** The report as CSV: {@value #CSV_HEADER}, then a row per picture; seconds with 3 decimals. */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (BatchResult r : results) {
            csv.append(Csv.quote(r.picture())).append(',')
                    .append(Csv.quote(r.mask())).append(',')
                    .append(r.status().label()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", r.seconds())).append(',')
                    .append(Csv.quote(r.message())).append('\n');
        }
        return csv.toString();
    }

    /**
     * Writes {@link #csv()} to {@code file} atomically, replacing an earlier report: the report
     * describes the latest run.
     *
     * @throws java.nio.file.NoSuchFileException if the file's folder does not exist
     */
    public void writeCsv(Path file) throws IOException {
        String text = csv();
        AtomicFiles.write(file, true, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }
}
