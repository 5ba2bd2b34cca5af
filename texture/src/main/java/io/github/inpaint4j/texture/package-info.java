/**
 * Non-learned inpainting: Telea's fast marching (smooth, fast), Efros–Leung non-parametric
 * sampling (hole filling and texture synthesis), Criminisi's exemplar-based region filling and
 * multi-scale PatchMatch completion (large holes, object removal).
 */
package io.github.inpaint4j.texture;
