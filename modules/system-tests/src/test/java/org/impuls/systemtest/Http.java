package org.impuls.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the running portal: real requests, answers read as text or JSON. */
public final class Http {

    private final String baseUrl;
    // HTTP/1.1 as browsers speak it to the portal: each request on a connection of its own, never queued behind a
    // long one on a shared HTTP/2 connection (a test polls an import's progress while the import runs)
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request with a JSON body (or none when {@code json} is null) and extra headers. */
    public Answer json(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Logs in through the login form as a browser would; returns the session cookie ("NAME=value"). */
    public String logIn(String email, String password) {
        Answer posted = submitLogin(openLoginForm(), email, password);
        if (posted.status() != 302) {
            throw new AssertionError("login of " + email + " failed: HTTP " + posted.status());
        }
        return sessionCookie(posted);
    }

    /** The login page as a browser first gets it: its session cookie ("NAME=value"), the form's view state and script nonce. */
    public record LoginForm(String cookie, String viewState, Optional<String> nonce) {
        /** A form as a client without PrimeFaces' script sends it: no nonce. */
        public LoginForm(String cookie, String viewState) {
            this(cookie, viewState, Optional.empty());
        }
    }

    public LoginForm openLoginForm() {
        Answer form = get("/login");
        return new LoginForm(sessionCookie(form), viewState(form.body()), nonce(form.body()));
    }

    /** Sends e-mail and password with the form's cookie: 302 on success, the page with its message otherwise. */
    public Answer submitLogin(LoginForm form, String email, String password) {
        String body = loginFormBody(form.viewState(), email, password)
                + form.nonce()
                        .map(nonce -> "&primefaces.nonce=" + encode(nonce))
                        .orElse("");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public static String loginFormBody(String viewState, String email, String password) {
        return "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState);
    }

    /** The view state of the page's form, which a form sends back. */
    public static String viewState(String page) {
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
                .matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("the page has no view state");
        }
        return viewState.group(1);
    }

    /** The page's script nonce, which a browser's form sends back (PrimeFaces adds it to every form; its CSP). */
    public static Optional<String> nonce(String page) {
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    /** The session cookie ("NAME=value") the portal set in this answer. */
    public static String sessionCookie(Answer answer) {
        return answer.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("IMPULS_SESSION="))
                .map(c -> c.split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with convenient readers. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(response.body())).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(response.body())).readArray();
        }
    }
}
