package io.github.inpaint4j.examples.bench;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** The cases of {@code inpaint bench}. */
final class BenchCases {

    private BenchCases() {
    }

    /** Every case, in the order the table lists them. */
    static List<BenchCase> all() {
        return Stream.concat(Stream.of(
                inpainting("A/telea", "Telea, radius 5, case A (256×256, 64×64 hole)", false, Reference.CASE_A,
                        threads -> new TeleaInpainter()),
                inpainting("2048/telea", "Telea, radius 5, 2048×2048 with a 512×512 hole", false, Reference.LARGE,
                        threads -> new TeleaInpainter())), GanBenchCases.all().stream()).toList();
    }

    /** Which reference input a case uses. */
    enum Reference {
        CASE_A, LARGE;

        BenchInputs.Input load(Path samples) throws IOException {
            return this == CASE_A ? BenchInputs.caseA(samples) : BenchInputs.large(samples);
        }
    }

    /** A case that fills a reference input's hole and reports the hole PSNR of the result. */
    static BenchCase inpainting(String name, String description, boolean multithreaded, Reference reference,
            IntFunction<Inpainter> method) {
        return new BenchCase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public boolean multithreaded() {
                return multithreaded;
            }

            @Override
            public Trial prepare(Path samples, int threads) throws IOException {
                BenchInputs.Input input = reference.load(samples);
                Inpainter inpainter = method.apply(threads);
                return new Trial() {
                    @Override
                    public String run() {
                        RgbImage out = inpainter.inpaint(input.picture(), input.mask());
                        return String.format("hole PSNR %.2f dB", Psnr.inHole(input.picture(), out, input.mask()));
                    }

                    @Override
                    public void close() {
                        if (inpainter instanceof AutoCloseable closeable) {
                            try {
                                closeable.close();
                            } catch (Exception e) {
                                throw new IllegalStateException("cannot release " + inpainter, e);
                            }
                        }
                    }
                };
            }
        };
    }
}
