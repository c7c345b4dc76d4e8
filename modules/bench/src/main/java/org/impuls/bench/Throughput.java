package org.impuls.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Requests per second under N concurrent clients on loopback, each sending as fast as answers come. */
final class Throughput {

    /** Requests per second that answered 200, and the latency of each of them. */
    record Result(double perSecond, Latencies latencies) {}

    private Throughput() {}

    /** Every client asks the same URL. */
    static double measure(String url, int clients, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        return measure(Collections.nCopies(clients, request), duration).perSecond();
    }

    /** One client per request, each sending its own (e.g. its own cart) again and again. */
    static Result measure(List<HttpRequest> perClient, Duration duration) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(perClient.size());
        Latencies all = new Latencies();
        try {
            List<Future<Latencies>> running = new ArrayList<>();
            for (HttpRequest request : perClient) {
                running.add(pool.submit(() -> {
                    Latencies own = new Latencies();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 200) {
                                own.add(System.nanoTime() - start);
                                done.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return own;
                }));
            }
            for (Future<Latencies> client : running) {
                all.addAll(client.get());
            }
        } finally {
            pool.shutdown();
        }
        if (failed.get() > 0) {
            System.out.printf(
                    "  (%d requests to %s failed)%n",
                    failed.get(), perClient.get(0).uri().getPath());
        }
        return new Result(done.get() / (duration.toNanos() / 1e9), all);
    }
}
