package org.impuls.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a portal answers {@code /health/ready} with UP: Payara keeps running after a failed deployment, so ask the portal. */
public final class Readiness {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Readiness() {}

    /** Asks {@code http://host:port/health/ready} once, waiting at most {@code timeout}; false when it is not UP or not there. */
    public static boolean answersReady(String host, int port, Duration timeout) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + authority + ":" + port + "/health/ready"))
                .timeout(timeout)
                .build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
