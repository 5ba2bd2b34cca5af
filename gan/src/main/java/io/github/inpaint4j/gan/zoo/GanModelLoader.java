package io.github.inpaint4j.gan.zoo;

import ai.djl.Application;
import ai.djl.Model;
import ai.djl.repository.MRL;
import ai.djl.repository.Repository;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelLoader;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorFactory;
import ai.djl.util.Progress;
import io.github.inpaint4j.LibraryVersion;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.internal.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.GeneratorModel;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.internal.WindowedFill;
import io.github.inpaint4j.gan.internal.WindowedGenerator;
import io.github.inpaint4j.gan.translate.GanTranslatorFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads the GAN for {@code Criteria}: the generator of the default model (or of the checkpoint
 * the argument {@code checkpoint} names) under a {@link WindowedGenerator}, which fills a whole
 * picture per prediction, with the translator of {@link GanTranslatorFactory} (or the criteria's
 * own factory) for the criteria's types. Nothing is downloaded: the model is in the jar.
 */
final class GanModelLoader implements ModelLoader {

    /** The argument naming a checkpoint folder to load instead of the default model. */
    static final String CHECKPOINT = "checkpoint";
    /** The argument giving PyTorch's threads. */
    static final String THREADS = "threads";

    private final MRL mrl = MRL.model(Repository.newInstance(GanModelZoo.GROUP_ID,
            "jar:///io/github/inpaint4j/gan/default-model/"), Application.CV.IMAGE_ENHANCEMENT, GanModelZoo.GROUP_ID,
            GanModelZoo.ARTIFACT_ID, LibraryVersion.get(), "default");

    @Override
    public String getGroupId() {
        return GanModelZoo.GROUP_ID;
    }

    @Override
    public String getArtifactId() {
        return GanModelZoo.ARTIFACT_ID;
    }

    @Override
    public Application getApplication() {
        return Application.CV.IMAGE_ENHANCEMENT;
    }

    @Override
    public MRL getMrl() {
        return mrl;
    }

    /**
     * @throws ModelNotFoundException if the criteria's types or engine are not the GAN's (DJL then
     *     tries other models)
     * @throws IllegalArgumentException if an argument's value is not valid, naming it
     * @throws IOException if the checkpoint cannot be read, naming the file and the problem
     */
    @Override
    public <I, O> ZooModel<I, O> loadModel(Criteria<I, O> criteria) throws IOException, ModelNotFoundException {
        TranslatorFactory factory = criteria.getTranslatorFactory() != null ? criteria.getTranslatorFactory()
                : new GanTranslatorFactory();
        Class<I> input = criteria.getInputClass();
        Class<O> output = criteria.getOutputClass();
        if (!factory.isSupported(input, output)) {
            throw new ModelNotFoundException("the GAN of " + GanModelZoo.GROUP_ID + " takes InpaintingInput to RgbImage"
                    + " or MaskedImage to Image, not " + input.getName() + " to " + output.getName());
        }
        if (criteria.getEngine() != null && !TorchRuntime.ENGINE.equals(criteria.getEngine())) {
            throw new ModelNotFoundException("the GAN of " + GanModelZoo.GROUP_ID + " runs on PyTorch, not "
                    + criteria.getEngine());
        }
        Map<String, Object> arguments = criteria.getArguments() == null ? Map.of() : criteria.getArguments();
        int threads = threads(arguments.get(THREADS));
        CheckpointSource source = CheckpointSource.defaultModel();
        if (arguments.get(CHECKPOINT) != null) {
            source = CheckpointSource.folder(CheckpointFolder.resolve(Path.of(arguments.get(CHECKPOINT).toString())));
        }
        CheckpointMetadata metadata = Checkpoint.readMetadata(source);
        Model model = GeneratorModel.load(source, metadata, threads, criteria.getDevice());
        try {
            model.setBlock(new WindowedGenerator(model.getBlock(), WindowedFill.of(metadata.model().cropSize())));
            Translator<I, O> translator = factory.newInstance(input, output, model, arguments);
            return new ZooModel<>(model, translator);
        } catch (TranslateException | RuntimeException e) {
            model.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new ModelNotFoundException(e.getMessage(), e);
        }
    }

    /** The {@code threads} argument, or the default; refused, naming it, if it is not a thread count. */
    private static int threads(Object value) {
        if (value == null) {
            return TorchRuntime.defaultThreads();
        }
        int threads;
        try {
            threads = value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(value.toString());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(THREADS + " must be a whole number, got " + value, e);
        }
        Threads.require(THREADS, threads);
        return threads;
    }

    /** The model is in the jar: always there. */
    @Override
    public <I, O> boolean isDownloaded(Criteria<I, O> criteria) {
        return true;
    }

    /** Nothing to download: the model is in the jar. */
    @Override
    public <I, O> void downloadModel(Criteria<I, O> criteria, Progress progress) {
        // the model is a resource of this jar
    }

    @Override
    public String toString() {
        return GanModelZoo.GROUP_ID + ":" + GanModelZoo.ARTIFACT_ID + " (the GAN inpainter, from the jar)";
    }
}
