package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.settings.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code source-mask} option that the three exemplar methods share: one name, one meaning. */
final class SourceMaskOption {

    /** The option: a mask file whose white pixels may be copied from. */
    static final Setting<Path> SETTING = Setting.file("source-mask").help("copy only from the white (non-zero)"
            + " pixels of this mask, of the picture's size (default: every known pixel)");

    private SourceMaskOption() {
    }

    /** The source mask the options name, read like a hole mask (non-zero = white), or {@code null}. */
    static Mask read(OptionValues options) throws IOException {
        Optional<Path> file = options.find(SETTING);
        return file.isEmpty() ? null : ImageFiles.readMask(file.get(), MaskRule.nonZero(), options.reading());
    }
}
