package io.github.inpaint4j.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: headless Chromium, driven through Debian's chromedriver, opens a
 * photo, paints a stroke with the mouse, runs telea, paints again on the result, runs criminisi,
 * and downloads each result; each download differs from what was shown before only under the paint.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Where
 * they are missing the test is skipped with a message, except under CI ({@code CI=true}), where a
 * missing browser is a failure. The screenshot it saves, {@code target/serve-page.png}, is the one in
 * the README ({@code docs/images/serve-page.png}).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN",
            "/usr/bin/chromedriver"));
    private static final Path PHOTO = Path.of("../docs/samples/astronaut-256.png");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test uses none. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path temporary;

    private static InpaintServer server;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must run the browser test: install Debian's chromium and chromium-driver"
                    + " (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "browser test skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
        CDP_LOG.setLevel(Level.SEVERE);
        server = InpaintServer.start(ServeConfig.defaults().withPort(0).withThreads(2),
                ServedMethods.fromRegistry(2, Map.of("gan", Map.of())));
        downloads = Files.createDirectories(temporary.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root on a machine without a network: no sandbox, and nothing that calls out
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,860",
                "--user-data-dir=" + Files.createDirectories(temporary.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        // the driver is Debian's: Selenium Manager must not look for (or download) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // headless Chromium drops downloads unless told where they go
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    private void awaitStatus(String part) {
        waiting().withMessage(() -> "status '" + part + "', but it says: " + status())
                .until(d -> status().contains(part));
    }

    /** Paints a straight stroke from one picture pixel to another, {@code width} picture pixels wide. */
    private void stroke(int x0, int y0, int x1, int y1, int width) {
        WebElement mask = browser.findElement(By.id("mask"));
        double scale = ((Number) js("return arguments[0].getBoundingClientRect().width / arguments[0].width;", mask))
                .doubleValue();
        js("const s = document.getElementById('size'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('input'));", (int) Math.round(width * scale));
        int cx = mask.getRect().getWidth() / 2;
        int cy = mask.getRect().getHeight() / 2;
        new Actions(browser).moveToElement(mask, (int) Math.round(x0 * scale) - cx, (int) Math.round(y0 * scale) - cy)
                .clickAndHold()
                .moveByOffset((int) Math.round((x1 - x0) * scale / 2), (int) Math.round((y1 - y0) * scale / 2))
                .moveByOffset((int) Math.round((x1 - x0) * scale / 2), (int) Math.round((y1 - y0) * scale / 2))
                .release().perform();
    }

    /** The painted pixels of the mask canvas, as the page sends them: any paint at all is a hole. */
    private boolean[] painted() {
        String flags = (String) js("const c = document.getElementById('mask');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let s = ''; for (let i = 3; i < d.length; i += 4) { s += d[i] > 0 ? '1' : '0'; } return s;");
        boolean[] hole = new boolean[flags.length()];
        for (int i = 0; i < hole.length; i++) {
            hole[i] = flags.charAt(i) == '1';
        }
        return hole;
    }

    /** Runs a method on what is painted, waits for the result, downloads it and reads the download. */
    private BufferedImage run(String method) throws Exception {
        new Select(browser.findElement(By.id("method"))).selectByValue(method);
        browser.findElement(By.id("run")).click();
        awaitStatus(method + ": filled in");
        browser.findElement(By.id("download")).click();
        Path file = waiting().withMessage("a downloaded PNG").until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
                return done.isEmpty() ? null : done.get(0);
            } catch (IOException e) {
                return null;
            }
        });
        try (Stream<Path> files = Files.list(downloads)) {
            assertEquals(List.of(downloads.resolve("astronaut-256-inpainted.png")), files.toList());
        }
        BufferedImage result = ImageIO.read(file.toFile());
        Files.move(file, temporary.resolve(method + ".png"));
        return result;
    }

    /** Checks that {@code after} differs from {@code before} only where {@code hole} is set, and somewhere there. */
    private static void differsOnlyUnder(BufferedImage before, BufferedImage after, boolean[] hole, String what) {
        assertEquals(before.getWidth(), after.getWidth(), what);
        assertEquals(before.getHeight(), after.getHeight(), what);
        int changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean differs = before.getRGB(x, y) != after.getRGB(x, y);
                if (differs && !hole[y * before.getWidth() + x]) {
                    throw new AssertionError(what + ": pixel " + x + "," + y + " changed outside the paint");
                }
                changed += differs ? 1 : 0;
            }
        }
        assertTrue(changed > 50, what + ": only " + changed + " pixels changed");
    }

    private int shownPixel(int x, int y) {
        List<?> rgba = (List<?>) js("return Array.from(document.getElementById('picture').getContext('2d')"
                + ".getImageData(arguments[0], arguments[1], 1, 1).data);", x, y);
        return 0xff000000 | ((Number) rgba.get(0)).intValue() << 16 | ((Number) rgba.get(1)).intValue() << 8
                | ((Number) rgba.get(2)).intValue();
    }

    @Test
    void removesTwoObjectsWithTwoMethodsAndDownloadsEachResult() throws Exception {
        browser.get(server.uri().toString());
        waiting().until(d -> !new Select(d.findElement(By.id("method"))).getOptions().isEmpty());
        List<String> offered = new Select(browser.findElement(By.id("method"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.containsAll(List.of("telea", "criminisi")), offered.toString());

        browser.findElement(By.id("file")).sendKeys(PHOTO.toRealPath().toString());
        awaitStatus("astronaut-256.png: 256×256");
        BufferedImage photo = ImageIO.read(PHOTO.toFile());

        // paint, take it back, paint again: undo and redo replay the strokes
        stroke(150, 40, 180, 60, 14);
        boolean[] first = painted();
        browser.findElement(By.id("undo")).click();
        assertEquals(0, count(painted()), "undo removes the stroke");
        browser.findElement(By.id("redo")).click();
        assertEquals(count(first), count(painted()), "redo brings it back");

        BufferedImage afterTelea = run("telea");
        differsOnlyUnder(photo, afterTelea, first, "telea");
        assertEquals(0, count(painted()), "the paint is cleared once the result is shown");

        // keep painting on the result: the next fill, the mission patch, starts from it
        stroke(80, 191, 92, 191, 46);
        boolean[] patch = painted();
        new Select(browser.findElement(By.id("method"))).selectByValue("criminisi");
        Path screenshot = Path.of("target/serve-page.png");
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        BufferedImage afterCriminisi = run("criminisi");
        differsOnlyUnder(afterTelea, afterCriminisi, patch, "criminisi");
        boolean[] both = new boolean[patch.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = patch[i] || first[i];
        }
        differsOnlyUnder(photo, afterCriminisi, both, "both fills");

        // before/after shows the picture before the last fill, then the result again
        int x = 86;
        int y = 191;
        assertEquals(afterCriminisi.getRGB(x, y), shownPixel(x, y));
        browser.findElement(By.id("compare")).click();
        assertEquals(afterTelea.getRGB(x, y), shownPixel(x, y));
        browser.findElement(By.id("compare")).click();
        assertEquals(afterCriminisi.getRGB(x, y), shownPixel(x, y));
        assertTrue(Files.size(screenshot) > 10_000);
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

}
