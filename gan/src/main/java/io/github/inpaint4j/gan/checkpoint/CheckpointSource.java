package io.github.inpaint4j.gan.checkpoint;

import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a generator's (and discriminator's) weights are read from: a checkpoint folder on disk,
 * or the default model shipped inside this library's jar. Both hold the same files
 * ({@code checkpoint.json} and the networks' parameter files); only a folder written by a
 * training run also holds optimiser state.
 */
public interface CheckpointSource {

    /** The class-path folder of the shipped default model. */
    String DEFAULT_MODEL = "/io/github/inpaint4j/gan/default-model/";

    /** Opens the file {@code name} of the checkpoint. */
    InputStream open(String name) throws IOException;

    /** A name for messages: the folder, or the resource folder of the default model. */
    String describe();

    /** A name for messages of the file {@code name} of the checkpoint. */
    default String describe(String name) {
        return describe() + " " + name;
    }

    /**
     * The metadata of this checkpoint ({@code checkpoint.json}): the model description, the step,
     * the training settings.
     *
     * @throws CheckpointException naming the file and the problem if it is missing, corrupt or of
     *     an incompatible format
     * @since 0.2.0
     */
    default CheckpointMetadata metadata() throws IOException {
        return Checkpoint.readMetadata(this);
    }

    /**
     * The checkpoint {@code path} names: a checkpoint folder ({@code step-NNNNNNNN}), or a training
     * run's folder, whose newest checkpoint it is.
     *
     * @throws java.nio.file.NoSuchFileException if {@code path} does not exist
     * @throws CheckpointException naming the folder if it holds no complete checkpoint
     * @since 0.2.0
     */
    static CheckpointSource find(Path path) throws IOException {
        return folder(CheckpointFolder.resolve(path));
    }

    /** A checkpoint folder on disk; opening a file it lacks throws a {@link NoSuchFileException} naming it. */
    static CheckpointSource folder(Path folder) {
        return new CheckpointSource() {
            @Override
            public InputStream open(String name) throws IOException {
                Path file = folder.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(file.toString(), null, "missing from the checkpoint");
                }
                return Files.newInputStream(file);
            }

            @Override
            public String describe() {
                return folder.toString();
            }

            @Override
            public String describe(String name) {
                return folder.resolve(name).toString();
            }
        };
    }

    /** The default model shipped in the jar (read offline from the class path). */
    static CheckpointSource defaultModel() {
        return new CheckpointSource() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = CheckpointSource.class.getResourceAsStream(DEFAULT_MODEL + name);
                if (in == null) {
                    throw new NoSuchFileException("classpath:" + DEFAULT_MODEL + name, null,
                            "the default model is missing from the class path (is inpaint4j-gan's jar complete?)");
                }
                return in;
            }

            @Override
            public String describe() {
                return "the default model (classpath:" + DEFAULT_MODEL + ")";
            }
        };
    }
}
