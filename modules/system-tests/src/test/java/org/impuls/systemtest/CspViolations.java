package org.impuls.systemtest;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What the Content-Security-Policy refused in a browser: {@link #record} installs a listener for
 * {@code securitypolicyviolation} in every page the browser opens from then on, before the page's own scripts run;
 * {@link #seen} answers what the current page refused so far (directive, blocked address or "inline", sample);
 * {@link #inConsole} what Chromium reported on its console since the last question, across pages.
 */
public final class CspViolations {

    private static final String LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' '"
            + "    + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));"
            + "}, true);";

    private CspViolations() {}

    public static void record(WebDriver browser) {
        ((ChromiumDriver) browser)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
    }

    /** Chromium's console reports of refusals since the last call (each call takes them off the console). */
    public static List<String> inConsole(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public static List<String> seen(WebDriver browser) {
        Object violations = ((JavascriptExecutor) browser).executeScript("return window.__cspViolations;");
        if (violations == null) {
            throw new AssertionError(
                    "no CSP listener in " + browser.getCurrentUrl() + ": call CspViolations.record first");
        }
        return (List<String>) violations;
    }
}
