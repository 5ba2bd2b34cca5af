package io.github.inpaint4j.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where a class was loaded from: its module's jar, or the class folder of a reactor build. */
public final class ClassRoots {

    private ClassRoots() {
    }

    /** The jar or folder that holds {@code member}. */
    public static Path of(Class<?> member) {
        try {
            return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file location for " + member.getName(), e);
        }
    }
}
