package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.CostEstimate;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The budget of one fill ({@code --max-seconds}): a method that estimates its cost
 * ({@link Inpainter#estimate}) is refused with 422 before it starts if the estimate is over the
 * budget, with a message that names the estimate, the budget and the option values that drive it;
 * {@link Job} stops any fill that runs past it.
 */
final class Budget {

    private final Duration limit;

    Budget(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /**
     * The estimate of a fill, as the API shows it.
     *
     * @param method the method, for the values of the options that drive the cost
     * @param options the options the request set
     * @param holes the holes of the canvas that will be filled
     * @return the estimate as JSON: known (false for a method that makes none), and the counts, the time, the
     *     budget, whether it is within it, the options that drive it with their values, and advice
     */
    Map<String, Object> describe(MethodDescription method, Map<String, String> options, Inpainter inpainter,
            Mask holes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", method.name());
        Optional<CostEstimate> cost = estimate(inpainter, holes);
        json.put("known", cost.isPresent());
        cost.ifPresent(c -> {
            json.put("operations", c.operations());
            json.put("unit", c.unit());
            json.put("seconds", c.seconds());
            json.put("options", drivers(method, options, c));
            json.put("hint", c.hint());
        });
        json.put("holePixels", holes.holeCount());
        json.put("budgetSeconds", limit.toSeconds());
        json.put("withinBudget", cost.map(c -> c.seconds() <= limit.toSeconds()).orElse(true));
        return json;
    }

    /**
     * Refuses a fill whose estimate is over the budget.
     *
     * @throws HttpError 422 naming the estimate, the budget and the options that drive it, with the estimate
     *     as the answer's {@code estimate}
     */
    void check(MethodDescription method, Map<String, String> options, Inpainter inpainter, Mask holes) {
        Optional<CostEstimate> cost = estimate(inpainter, holes);
        if (cost.isEmpty() || cost.get().seconds() <= limit.toSeconds()) {
            return;
        }
        CostEstimate c = cost.get();
        String driven = drivers(method, options, c).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        throw new HttpError(HttpError.UNPROCESSABLE, String.format(Locale.ROOT, "%s is estimated at %.2g %s, about"
                + " %s at the reference rate, over this server's budget of %d s (--max-seconds)%s%s", method.name(),
                c.operations(), c.unit(), duration(c.seconds()), limit.toSeconds(),
                driven.isEmpty() ? "" : "; the cost is driven by " + driven,
                c.hint().isEmpty() ? "" : ": " + c.hint()))
                .withDetail("estimate", describe(method, options, inpainter, holes));
    }

    private static Optional<CostEstimate> estimate(Inpainter inpainter, Mask holes) {
        try {
            return inpainter.estimate(holes);
        } catch (IllegalArgumentException e) {
            throw new HttpError(HttpError.BAD_REQUEST, e.getMessage());
        }
    }

    /** The options that drive the cost, each with the request's value or the method's default, in the estimate's order. */
    private static Map<String, String> drivers(MethodDescription method, Map<String, String> options, CostEstimate cost) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : cost.options()) {
            Optional<Setting<?>> option = method.option(name);
            if (option.isPresent()) {
                String value = options.getOrDefault(name, option.get().defaultText());
                values.put(name, value == null ? "" : value);
            }
        }
        return values;
    }

    /** The advice of a fill stopped at the budget: the options it was sent with. */
    static String advice(FillRequest request) {
        List<String> sent = request.options().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        return "a smaller hole, a faster method or cheaper options cost less (options sent: "
                + (sent.isEmpty() ? "none" : String.join(", ", sent)) + ")";
    }

    /** A duration in words: {@code 45 s}, {@code 12 min}, {@code 3.5 h}. */
    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
