package io.github.inpaint4j.benchmarks;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.texture.CriminisiConfig;
import io.github.inpaint4j.texture.CriminisiInpainter;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import io.github.inpaint4j.texture.EfrosLeungSynthesizer;
import io.github.inpaint4j.texture.PatchMatchConfig;
import io.github.inpaint4j.texture.PatchMatchInpainter;
import io.github.inpaint4j.texture.SearchMode;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/** The cases of the speed harness. */
final class BenchCases {

    private BenchCases() {
    }

    /** Every case, in the order the table lists them. */
    static List<BenchCase> all() {
        return Stream.of(Stream.of(
                inpainting("A/telea", "Telea, radius 5, case A (256×256, 64×64 hole)", false, Reference.CASE_A,
                        threads -> new TeleaInpainter()),
                inpainting("2048/telea", "Telea, radius 5, 2048×2048 with a 512×512 hole", false, Reference.LARGE,
                        threads -> new TeleaInpainter()),
                efrosLeung("A/efros-leung", "Efros–Leung, exact search, window 11, case A", SearchMode.EXACT),
                efrosLeung("A/efros-leung-fast", "Efros–Leung, coarse-to-fine search, window 11, case A",
                        SearchMode.FAST),
                inpainting("A/criminisi", "Criminisi, patch 9, case A", true, Reference.CASE_A,
                        threads -> new CriminisiInpainter(CriminisiConfig.defaults().withThreads(threads))),
                synthesis("synth-128/efros-leung",
                        "Efros–Leung synthesis, 128×128 from the 64×64 brick sample, window 11, exact"),
                patchMatch("A/patchmatch", "PatchMatch, patch 7, case A", Reference.CASE_A),
                patchMatch("blob30/patchmatch", "PatchMatch, patch 7, case A's picture with a 30 % blob hole",
                        Reference.BLOB_30),
                patchMatch("2048/patchmatch", "PatchMatch, patch 7, 2048×2048 with a 512×512 hole", Reference.LARGE),
                patchMatch("4000x3000/patchmatch", "PatchMatch, patch 7, 4000×3000 photo with a 10 % blob hole",
                        Reference.PHOTO_4000X3000)),
                largePhoto("160k", Reference.PHOTO_HOLE_160K).stream(),
                largePhoto("1.1M", Reference.PHOTO_HOLE_1100K).stream(),
                GanBenchCases.all().stream()).flatMap(cases -> cases).toList();
    }

    /**
     * Efros–Leung on case A. The exact search's rate counts, as the issue defines it, every
     * candidate window compared (hole pixels × candidates, one search per pixel) × window pixels ×
     * channels; the accelerated search compares fewer windows, so it has no rate.
     */
    static BenchCase efrosLeung(String name, String description, SearchMode search) {
        EfrosLeungConfig config = EfrosLeungConfig.defaults().withSearch(search);
        return inpainting(name, description, true, Reference.CASE_A,
                threads -> new EfrosLeungInpainter(config.withThreads(threads)),
                search == SearchMode.EXACT ? input -> (double) new EfrosLeungInpainter(config)
                        .windowComparisons(input.mask()) * windowSamples(config) : null);
    }

    /**
     * Synthesis of a 128×128 texture from a 64×64 sample; rate: grown pixels × sample windows ×
     * window pixels × channels.
     */
    static BenchCase synthesis(String name, String description) {
        EfrosLeungConfig config = EfrosLeungConfig.defaults();
        int side = 128;
        return new Case(name, description, true, (samples, threads) -> {
            RgbImage sample = BenchInputs.synthesisSample(samples);
            EfrosLeungSynthesizer synthesizer = new EfrosLeungSynthesizer(config.withThreads(threads));
            long windows = (long) (sample.width() - config.window() + 1) * (sample.height() - config.window() + 1);
            int seed = EfrosLeungSynthesizer.SEED_SIZE * EfrosLeungSynthesizer.SEED_SIZE;
            return new Timed(() -> {
                RgbImage out = synthesizer.synthesize(sample, side, side);
                return out.width() + "×" + out.height() + " from " + sample.width() + "×" + sample.height();
            }, (double) (side * side - seed) * windows * windowSamples(config), null);
        });
    }

    /**
     * Telea, Criminisi and Efros–Leung's coarse-to-fine search at their defaults on the 4000×3000
     * photo with a {@code hole}-pixel hole ({@code 4000x3000-160k/telea}, ...): the automatic
     * context regions bound the exemplar methods' work.
     */
    static List<BenchCase> largePhoto(String hole, Reference reference) {
        String prefix = "4000x3000-" + hole + "/";
        String where = ", 4000×3000 photo with a " + hole + "-pixel hole";
        return List.of(
                inpainting(prefix + "telea", "Telea, radius 5" + where, false, reference, threads -> new TeleaInpainter()),
                inpainting(prefix + "criminisi", "Criminisi, patch 9, automatic context" + where, true, reference,
                        threads -> new CriminisiInpainter(CriminisiConfig.defaults().withThreads(threads))),
                inpainting(prefix + "efros-leung-fast", "Efros–Leung, coarse-to-fine search, window 11, automatic"
                        + " context" + where, true, reference, threads -> new EfrosLeungInpainter(
                                EfrosLeungConfig.defaults().withSearch(SearchMode.FAST).withThreads(threads))));
    }

    /** PatchMatch at its defaults on a reference input. */
    static BenchCase patchMatch(String name, String description, Reference reference) {
        return inpainting(name, description, true, reference,
                threads -> new PatchMatchInpainter(PatchMatchConfig.defaults().withThreads(threads)));
    }

    private static double windowSamples(EfrosLeungConfig config) {
        return (double) config.window() * config.window() * RgbImage.CHANNELS;
    }

    /** Which reference input a case uses. */
    enum Reference {
        CASE_A, LARGE, BLOB_30, PHOTO_4000X3000, PHOTO_HOLE_160K, PHOTO_HOLE_281K, PHOTO_HOLE_1100K;

        BenchInputs.Input load(Path samples) throws IOException {
            return switch (this) {
                case CASE_A -> BenchInputs.caseA(samples);
                case LARGE -> BenchInputs.large(samples);
                case BLOB_30 -> BenchInputs.blob30(samples);
                case PHOTO_4000X3000 -> BenchInputs.photo4000x3000(samples);
                case PHOTO_HOLE_160K -> BenchInputs.photo4000x3000Hole160k(samples);
                case PHOTO_HOLE_281K -> BenchInputs.photo4000x3000Hole281k(samples);
                case PHOTO_HOLE_1100K -> BenchInputs.photo4000x3000Hole1100k(samples);
            };
        }
    }

    /** A case that fills a reference input's hole and reports the hole PSNR of the result; no rate. */
    static BenchCase inpainting(String name, String description, boolean multithreaded, Reference reference,
            IntFunction<Inpainter> method) {
        return inpainting(name, description, multithreaded, reference, method, null);
    }

    /**
     * A case that fills a reference input's hole and reports the hole PSNR of the result, with the
     * work of one run given by {@code operations} (or no rate if it is {@code null}).
     */
    static BenchCase inpainting(String name, String description, boolean multithreaded, Reference reference,
            IntFunction<Inpainter> method, ToDoubleFunction<BenchInputs.Input> operations) {
        return new Case(name, description, multithreaded, (samples, threads) -> {
            BenchInputs.Input input = reference.load(samples);
            Inpainter inpainter = method.apply(threads);
            return new Timed(() -> {
                RgbImage out = inpainter.inpaint(input.picture(), input.mask());
                return String.format("hole PSNR %.2f dB", Psnr.inHole(input.picture(), out, input.mask()));
            }, operations == null ? 0 : operations.applyAsDouble(input), inpainter);
        });
    }

    /** Loads a case's inputs for a thread count. */
    @FunctionalInterface
    interface Preparation {
        BenchCase.Trial prepare(Path samples, int threads) throws IOException;
    }

    /** A case made of its name, description and preparation. */
    record Case(String name, String description, boolean multithreaded, Preparation preparation)
            implements BenchCase {
        @Override
        public Trial prepare(Path samples, int threads) throws IOException {
            return preparation.prepare(samples, threads);
        }
    }

    /**
     * A trial made of its work, which returns the note on the result, the operations it counts,
     * and what to release after its row ({@code null} if nothing).
     */
    record Timed(Supplier<String> work, double operations, Object resource) implements BenchCase.Trial {
        @Override
        public String run() {
            return work.get();
        }

        @Override
        public void close() {
            if (resource instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot release " + resource, e);
                }
            }
        }
    }
}
