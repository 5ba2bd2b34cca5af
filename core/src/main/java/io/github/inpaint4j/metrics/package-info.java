/**
 * Image quality metrics for inpainting results: PSNR (whole image and hole), SSIM, hole MAE,
 * texture fidelity, the patch distance (sliced Wasserstein distance of the hole's patches) and the
 * seam measure (gradients along the hole's border).
 */
package io.github.inpaint4j.metrics;
