package io.github.inpaint4j.texture;

/** How Efros–Leung searches the candidate windows. */
public enum SearchMode {

    /** Compare the pixel's window with every candidate window (the default). */
    EXACT,

    /**
     * The {@code fast} setting, coarse to fine. Two levels: compare the window at half resolution (2×2 means, about a quarter of the
     * offsets) with every candidate at half resolution, keep the {@value
     * io.github.inpaint4j.texture.EfrosLeungConfig#SHORTLIST} best, then compare the full window
     * with the full-resolution candidates in the 3×3 neighbourhood of each and choose among those.
     * About 15× less work; see docs/performance.md for its speed and quality against
     * {@link #EXACT}.
     */
    FAST
}
