/** Image quality metrics for inpainting results: PSNR (whole image and hole), SSIM and hole MAE. */
package io.github.inpaint4j.metrics;
