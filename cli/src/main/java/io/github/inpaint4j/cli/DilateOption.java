package io.github.inpaint4j.cli;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.settings.SettingException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --dilate PX} ({@link Mask#DILATE}), shared by the commands that fill masks: grow every hole
 * by a disc of that radius before the fill. The value is checked by the setting's declaration.
 */
final class DilateOption {

    @Option(names = "--dilate", paramLabel = "PX", defaultValue = "0",
            description = "grow every hole by this many pixels (a disc) before filling, to cover an object's outline"
                    + " (default 0, [0, " + Mask.MAX_DILATE + "])")
    String text;

    /**
     * The radius.
     *
     * @throws picocli.CommandLine.ParameterException naming {@code --dilate} for a value the setting refuses
     */
    int radius(CommandSpec spec) {
        try {
            return Mask.DILATE.parse(text);
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        }
    }
}
