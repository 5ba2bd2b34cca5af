package io.github.inpaint4j.texture;

import io.github.inpaint4j.settings.Setting;

/**
 * The context region of {@link CriminisiInpainter} and {@link EfrosLeungInpainter}: where around
 * each hole exemplars are searched. Each hole (8-connected component of the mask) is given a margin
 * of picture around its bounding box; boxes that meet are merged, and each region is filled from
 * the windows that lie wholly inside it (and inside the source mask, if there is one: the two
 * combine). A region that holds no complete window has its margin doubled until it does. The
 * setting is an {@code int}, {@code context} in both configurations:
 *
 * <ul>
 *   <li>{@link #AUTO} (the default): as much context as a bounded amount of work allows. If filling
 *       every hole from the whole picture fits the budget (about 2.5·10¹¹ pixel comparisons, half a
 *       minute on a 2-core machine), the whole picture is searched, as on every picture up to about
 *       a megapixel with a proportionate hole; otherwise each hole gets the widest margin whose
 *       search fits its share of the budget (in proportion to its pixels), at least three window
 *       widths. So a 12-megapixel photo costs what its holes cost, not what the picture costs. The
 *       margins depend on the mask, the source mask and the window, not on the machine or the
 *       thread count, so the output does not either.</li>
 *   <li>A positive margin, in pixels: that much picture around every hole.</li>
 *   <li>{@link #WHOLE_PICTURE}: every window of the picture, whatever it costs.</li>
 * </ul>
 */
public final class ExemplarContext {

    /** The automatic context: as much as a bounded amount of work allows. */
    public static final int AUTO = 0;
    /** The whole picture, whatever its size. */
    public static final int WHOLE_PICTURE = -1;

    /** The {@code context} setting that Criminisi and Efros–Leung share: one name, one meaning. */
    public static final Setting<Integer> SETTING = Setting.integer("context", AUTO).atLeast(WHOLE_PICTURE)
            .note("-1: the whole picture, 0: automatic, or a margin in pixels")
            .help("margin of picture around each hole that exemplars are taken from, in pixels (0: as wide as a"
                    + " bounded amount of work allows, the whole picture up to about a megapixel; -1: the whole"
                    + " picture, however long it takes)");

    private ExemplarContext() {
    }

}
