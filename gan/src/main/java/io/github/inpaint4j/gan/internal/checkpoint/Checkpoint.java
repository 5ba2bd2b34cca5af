package io.github.inpaint4j.gan.internal.checkpoint;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.github.inpaint4j.gan.checkpoint.CheckpointException;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One checkpoint folder: both networks' parameters as DJL {@code .params} files
 * ({@code generator-0000.params}, {@code discriminator-0000.params}, loadable with
 * {@code Model.load(folder, "generator")} into a block of the same shape), their Adam moments
 * ({@code generator-adam.ndlist}, {@code discriminator-adam.ndlist}, DJL {@code NDList} encoding)
 * and {@code checkpoint.json} ({@link CheckpointMetadata}); a run that averages the generator's
 * weights also writes {@code generator-ema-0000.params}. A folder is written into a temporary
 * sibling and renamed into place, so it is either complete or absent.
 *
 * <p>Reading validates as it goes and names what is wrong: a missing file, a file that is not a
 * DJL parameter file, parameters that do not match the architecture of {@code checkpoint.json}.
 *
 * <p>{@code files.sha256} lists every file with its SHA-256 ({@link CheckpointManifest}): a
 * checkpoint is complete when all of them are present, and each is checked when it is read.
 */
public final class Checkpoint {

    /** The metadata file. */
    public static final String METADATA = "checkpoint.json";
    /** Name (and file prefix) of the generator model. */
    public static final String GENERATOR = "generator";
    /**
     * Name (and file prefix) of the generator's exponential moving average, which a run that keeps
     * one writes beside the trained weights and inference loads when {@code checkpoint.json} says so.
     */
    public static final String AVERAGED_GENERATOR = "generator-ema";
    /** Name (and file prefix) of the discriminator model. */
    public static final String DISCRIMINATOR = "discriminator";

    private static final String EPOCH = "0";
    private static final byte[] DJL_MAGIC = "DJL@".getBytes(StandardCharsets.US_ASCII);

    private Checkpoint() {
    }

    /** The parameter file of model {@code name} inside a checkpoint folder. */
    public static String parametersFile(String name) {
        return name + "-000" + EPOCH + ".params";
    }

    /** The optimiser-state file of model {@code name} inside a checkpoint folder. */
    public static String optimizerFile(String name) {
        return name + "-adam.ndlist";
    }

    /**
     * Writes a checkpoint folder {@code target} atomically: both networks' parameters, what
     * {@code trainingState} writes into the folder (a training run's Adam moments, files named
     * {@link #optimizerFile}, and its averaged generator), {@code checkpoint.json} and the manifest
     * of every file.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code target} exists
     */
    public static void write(Path target, CheckpointMetadata metadata, Model generator, Model discriminator,
            AtomicFiles.Content trainingState) throws IOException {
        AtomicFiles.writeDirectory(target, folder -> {
            saveParameters(folder, GENERATOR, generator);
            saveParameters(folder, DISCRIMINATOR, discriminator);
            trainingState.writeTo(folder);
            Files.writeString(folder.resolve(METADATA), metadata.toJson(), StandardCharsets.UTF_8);
            CheckpointManifest.write(folder);
        });
    }

    /** Writes {@code model}'s parameters into a checkpoint folder being written, as {@link #parametersFile} of {@code name}. */
    public static void saveParameters(Path folder, String name, Model model) throws IOException {
        model.setProperty("Epoch", EPOCH);
        model.save(folder, name);
    }

    /**
     * Reads {@code checkpoint.json} of a checkpoint folder.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws CheckpointException if the folder has no metadata file or it is invalid
     */
    public static CheckpointMetadata readMetadata(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "checkpoint folder does not exist");
        }
        Path file = folder.resolve(METADATA);
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(folder, "it has no " + METADATA
                    + " (not a checkpoint folder, or a checkpoint root without any step-NNNNNNNN checkpoint)", null);
        }
        return CheckpointMetadata.parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Reads {@code checkpoint.json} of a checkpoint source.
     *
     * @throws CheckpointException if the metadata file is invalid
     */
    public static CheckpointMetadata readMetadata(CheckpointSource source) throws IOException {
        try (InputStream in = source.open(METADATA)) {
            return CheckpointMetadata.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    source.describe(METADATA));
        }
    }

    /**
     * Loads the parameters of model {@code name} from a checkpoint folder, after checking the file
     * against the folder's {@link CheckpointManifest}: {@link #loadParameters(CheckpointSource, String, Model, Shape)}.
     */
    public static void loadParameters(Path folder, String name, Model model, Shape inputShape) throws IOException {
        Path file = folder.resolve(parametersFile(name));
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, "the parameter file is missing", null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            requireMagic(in, file.toString());
        }
        CheckpointManifest.verify(folder, parametersFile(name));
        loadParameters(CheckpointSource.folder(folder), name, model, inputShape);
    }

    /**
     * Loads the parameters of model {@code name} from a checkpoint into {@code model}, whose block
     * must have the architecture the checkpoint was written with. The block is first initialised
     * for {@code inputShape} so that every loaded parameter can be checked against the shape it
     * should have.
     *
     * @throws CheckpointException if the file is missing, is not a DJL parameter file, is
     *     truncated, or does not match the block
     */
    public static void loadParameters(CheckpointSource source, String name, Model model, Shape inputShape)
            throws IOException {
        String file = source.describe(parametersFile(name));
        Block block = model.getBlock();
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
        Map<String, Shape> expected = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            expected.put(p.getKey(), p.getValue().getArray().getShape());
        }
        try (InputStream in = new BufferedInputStream(source.open(parametersFile(name)))) {
            requireMagic(in, file);
            model.load(in);
        } catch (CheckpointException e) {
            throw e;
        } catch (EOFException e) {
            throw new CheckpointException(file, "it is truncated: it ends before the " + name + "'s parameters do", e);
        } catch (MalformedModelException | IOException | RuntimeException e) {
            throw new CheckpointException(file, "its parameters do not fit the " + name + " described in " + METADATA
                    + ", or the file is damaged (" + CheckpointException.reason(e) + ")", e);
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            Shape shape = p.getValue().isInitialized() ? p.getValue().getArray().getShape() : null;
            if (!expected.get(p.getKey()).equals(shape)) {
                throw new CheckpointException(file, "parameter " + p.getKey() + " has shape " + shape
                        + " but the architecture in " + METADATA + " needs " + expected.get(p.getKey()), null);
            }
        }
    }

    /**
     * Opens the optimiser-state file of model {@code name} in a checkpoint folder, after checking it
     * against the folder's {@link CheckpointManifest}.
     *
     * @throws CheckpointException if the file is missing or its checksum does not match
     */
    public static InputStream openOptimizerState(Path folder, String name) throws IOException {
        Path file = folder.resolve(optimizerFile(name));
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, "the optimiser state file is missing", null);
        }
        CheckpointManifest.verify(folder, optimizerFile(name));
        return new BufferedInputStream(Files.newInputStream(file));
    }

    /** Checks that {@code in} starts with DJL's magic, and leaves it at the start. */
    private static void requireMagic(InputStream in, String file) throws IOException {
        byte[] head = new byte[DJL_MAGIC.length];
        in.mark(head.length);
        int read = in.readNBytes(head, 0, head.length);
        in.reset();
        if (read < head.length || !Arrays.equals(head, DJL_MAGIC)) {
            throw new CheckpointException(file, "not a DJL parameter file (it does not start with DJL@)", null);
        }
    }
}
