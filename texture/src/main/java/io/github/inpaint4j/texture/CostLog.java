package io.github.inpaint4j.texture;

import io.github.inpaint4j.CostEstimate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line an exemplar method logs before a run with its {@link CostEstimate}: at INFO with the
 * estimate's hint if the run is {@linkplain CostEstimate#isLong long}, else at DEBUG. It has a logger
 * of its own so that a front end that warns in its own words (the CLI does) can silence this line.
 */
final class CostLog {

    private static final Logger LOG = LoggerFactory.getLogger(CostLog.class);

    private CostLog() {
    }

    /**
     * Logs the estimate of a run.
     *
     * @param run what runs, e.g. {@code "Criminisi (patch 9)"}
     * @param regions the number of context regions
     */
    static void before(String run, CostEstimate cost, int regions, int threads) {
        String text = "{}: about {} {} in {} context region(s), {} s at the calibrated rate on {} thread(s)";
        Object[] values = {run, String.format(Locale.ROOT, "%.2g", cost.operations()), cost.unit(), regions,
            Math.round(cost.seconds()), threads};
        if (cost.isLong()) {
            LOG.info(text + "; " + cost.hint(), values);
        } else {
            LOG.debug(text, values);
        }
    }
}
