package io.github.inpaint4j.texture;

/** How Efros–Leung measures the distance between the window of a pixel and a candidate window. */
public enum WindowDistance {

    /**
     * {@code d = Σ G·M·(F − I)² / Σ G·M}: the SSD over the known pixels of the window, weighted by a
     * Gaussian of σ = w / 6.4 (the original implementation; the default). Summed over the three
     * channels, so it lies in [0, 3].
     */
    GAUSSIAN_SSD,

    /**
     * {@code d = Σ G·M·(F − I)² / sqrt(Σ M·F² · Σ M·I²)}: the same SSD divided by the energies of
     * the two windows over the known pixels, which makes dark and bright regions comparable (the
     * normalised variant of the lecture slides).
     */
    NORMALISED_SSD
}
