package lianjian.site.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Selenium through Debian's chromedriver.
 *
 * <p>Nothing is downloaded: the driver executable and the browser binary are both given, so
 * Selenium Manager (which would otherwise look up and fetch a driver/browser) is not consulted.
 * Debian builds chromium and chromium-driver from the same source package, so their versions
 * always match.
 *
 * <p>Two Chrome logs are switched on through {@code goog:loggingPrefs}:
 * <ul>
 *   <li>{@code browser}: console messages, uncaught exceptions, failed resource loads;</li>
 *   <li>{@code performance} with network events: every {@code Network.requestWillBeSent} the
 *       page's renderer issues, whatever the host (this is CDP, read through chromedriver, so it
 *       needs no version-specific selenium-devtools module and no extra websocket).</li>
 * </ul>
 * chromedriver clears a log when it is read, so {@link #drain()} accumulates them.
 */
public final class Chromium implements AutoCloseable {

    public static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private static final Json JSON = new Json();

    private final ChromeDriver driver;
    private final Path downloadDir;
    private final List<LogEntry> console = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    public static boolean available() {
        return Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
    }

    /**
     * Skips the calling test when Chromium is missing on a developer machine, but FAILS it on CI
     * (environment CI=true): a CI run that silently skipped every browser test would look green.
     */
    public static void requireOrSkip() {
        String hint = "Chromium not installed: apt-get install -y chromium chromium-driver fonts-noto-cjk";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertTrue(available(), hint);
        } else {
            org.junit.jupiter.api.Assumptions.assumeTrue(available(), hint);
        }
    }

    /**
     * @param workDir    where the fresh profile, the download folder and chromedriver.log go
     * @param javascript false to start a browser with JavaScript disabled (no-JS fallback checks)
     */
    public Chromium(Path workDir, boolean javascript) {
        try {
            Files.createDirectories(workDir);
            Path profile = Files.createTempDirectory(workDir, "profile-");
            downloadDir = Files.createTempDirectory(workDir, "downloads-");

            // Belt and braces: the same path as a system property, as older Selenium code expects.
            System.setProperty("webdriver.chrome.driver", DRIVER);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .withLogFile(workDir.resolve("chromedriver.log").toFile())
                    .build();

            ChromeOptions o = new ChromeOptions();
            o.setBinary(BROWSER);
            o.addArguments(
                    "--headless", // the new headless mode (Chromium >= 132 has no other)
                    "--no-sandbox", // CI runs as root in a container: the sandbox cannot start
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-default-apps",
                    "--disable-domain-reliability",
                    "--disable-client-side-phishing-detection",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-quic",
                    // Any host name resolves to nothing: a stray CDN link fails at once (and is logged)
                    // instead of waiting for a DNS time-out. Loopback stays reachable.
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
                    "--window-size=1280,1600",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);

            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloadDir.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("download.directory_upgrade", true);
            prefs.put("safebrowsing.enabled", false); // no download verdict lookups
            prefs.put("intl.accept_languages", "zh-CN,zh");
            if (!javascript) {
                prefs.put("profile.managed_default_content_settings.javascript", 2);
            }
            o.setExperimentalOption("prefs", prefs);

            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            o.setCapability("goog:loggingPrefs", logs);
            o.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

            driver = new ChromeDriver(service, o);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            // Headless downloads: the prefs above suffice in current Chromium; this CDP call makes the
            // folder explicit for the page's browser context anyway (harmless if redundant).
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloadDir.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloadDir() {
        return downloadDir;
    }

    /** Moves whatever chromedriver buffered into our lists; call before reading them. */
    public void drain() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(e);
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> outer = JSON.toType(e.getMessage(), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> msg = (Map<String, Object>) outer.get("message");
            if ("Network.requestWillBeSent".equals(msg.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) msg.get("params");
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                requests.add(String.valueOf(request.get("url")));
            }
        }
    }

    /** Console entries of level SEVERE (console.error, uncaught errors, failed loads) since {@link #reset()}. */
    public List<String> consoleErrors() {
        drain();
        return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /** Every URL the page requested (CDP Network.requestWillBeSent) since {@link #reset()}. */
    public List<String> requestedUrls() {
        drain();
        return List.copyOf(requests);
    }

    public void reset() {
        drain();
        console.clear();
        requests.clear();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
