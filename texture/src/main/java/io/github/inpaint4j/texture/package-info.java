/**
 * Non-learned inpainting: Telea's fast marching (smooth, fast), Efros–Leung non-parametric
 * sampling (hole filling and texture synthesis) and Criminisi's exemplar-based region filling.
 */
package io.github.inpaint4j.texture;
