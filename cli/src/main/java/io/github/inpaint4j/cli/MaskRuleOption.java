package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.MaskRule;
import picocli.CommandLine.Option;

/** {@code --mask-rule RULE}, shared by the commands that read mask files. */
final class MaskRuleOption {

    @Option(names = "--mask-rule", paramLabel = "RULE", defaultValue = "nonzero", converter = MaskRuleConverter.class,
            description = "how mask files mark holes: nonzero (default), threshold=T (for JPEG masks), alpha"
                    + " (transparent = hole)")
    MaskRule rule;
}
