/** The training holes' setting: the mix of mask kinds a training run draws. */
package io.github.inpaint4j.gan.data;
