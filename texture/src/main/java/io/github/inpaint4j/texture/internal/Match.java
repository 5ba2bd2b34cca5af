package io.github.inpaint4j.texture.internal;

/**
 * The candidate an Efros–Leung search chose for a pixel.
 *
 * @param sourceX column of the chosen window's centre in the source
 * @param sourceY row of the chosen window's centre in the source
 * @param distance the chosen window's distance
 * @param bestDistance the smallest distance the search found
 */
record Match(int sourceX, int sourceY, float distance, float bestDistance) {
}
