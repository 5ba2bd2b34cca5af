/** Image quality metrics for inpainting results: PSNR (whole image and hole), SSIM, hole MAE and texture fidelity. */
package io.github.inpaint4j.metrics;
