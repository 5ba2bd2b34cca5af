package io.github.inpaint4j.examples;

/** DJL settings shared by the command line and the example programs. */
public final class DjlDefaults {

    private DjlDefaults() {
    }

    /**
     * The GAN's engine natives come from the pytorch-native-cpu jar on the class path, so nothing
     * needs downloading: offline mode makes sure nothing is (and stops DJL's usage probe). The
     * graph-optimiser setting only concerns TorchScript models; turning it off silences a log line.
     * A setting the user made (system property or {@code DJL_OFFLINE}) wins.
     */
    public static void apply() {
        if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("ai.djl.pytorch.graph_optimizer") == null) {
            System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        }
    }
}
