package io.github.inpaint4j.bench;

import java.util.List;

/**
 * The results of a bench, as written to its output folder.
 *
 * @param config what was run
 * @param methods the methods' names, in the order they ran
 * @param results one per picture × mask kind × method, in run order
 */
public record BenchReport(BenchConfig config, List<String> methods, List<CaseResult> results) {

    /** Copies the lists. */
    public BenchReport {
        methods = List.copyOf(methods);
        results = List.copyOf(results);
    }

    /** The cases that failed or timed out. */
    public List<CaseResult> failures() {
        return results.stream().filter(CaseResult::failed).toList();
    }

    /** The text of {@code results.csv}: a header, then one row per case. */
    public String csv() {
        return ResultsCsv.of(results);
    }

    /**
     * The Markdown table of {@code summary.md}: per mask kind and method, the cases, the failures
     * and the means of the metrics and times over the cases that finished, then the same per method
     * over all mask kinds.
     */
    public String summaryTable() {
        return SummaryTable.of(config, methods, results);
    }
}
