package org.gongwen.site;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.util.Map;

/**
 * Headless Debian Chromium driven by the local chromedriver (never Selenium Manager, never the network). Missing
 * packages fail the test with the command that installs them.
 */
final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    static ChromeDriver start() {
        for (String path : new String[] {CHROMIUM, DRIVER}) {
            if (!new File(path).canExecute()) {
                throw new AssertionError(path + " is missing: run scripts/install-deps (Debian chromium, chromium-driver)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1200,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .build();
        return new ChromeDriver(service, options);
    }
}
