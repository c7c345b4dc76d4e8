package org.impuls.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Businesses admitted as the portal admits them: the demo customer applies ({@code POST /api/directory/applications}),
 * the demo operator approves ({@code POST …/{id}/decision}); so the rows, categories and search keys are the
 * directory's own, and the applicant becomes the businesses' MERCHANT. A few at a time, as several people would.
 */
final class Admissions {

    private static final int CLIENTS = Integer.getInteger("bench.loadClients", 4);
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final BenchPortal portal;
    private final String applicant;
    private final String operator;

    Admissions(BenchPortal portal) throws Exception {
        this.portal = portal;
        this.applicant = portal.token("kunde@impuls.example", "kunde-demo");
        this.operator = portal.token("operator@impuls.example", "operator-demo");
    }

    /** The applicant's token: after the approvals a MERCHANT of every admitted business. */
    String applicantToken() {
        return applicant;
    }

    /** Applies with each form (the JSON of an application) and approves it; returns the businesses' ids, in order. */
    long[] admit(List<String> applications) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> admitted = new ArrayList<>();
            for (String application : applications) {
                admitted.add(clients.submit(() -> admit(application)));
            }
            long[] ids = new long[admitted.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = admitted.get(i).get();
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    private long admit(String application) throws Exception {
        Matcher id = ID.matcher(
                portal.send("POST", "/api/directory/applications", applicant, "application/json", application));
        if (!id.find()) {
            throw new IllegalStateException("the application answered no id");
        }
        long business = Long.parseLong(id.group(1));
        portal.send(
                "POST",
                "/api/directory/applications/" + business + "/decision",
                operator,
                "application/json",
                "{\"decision\":\"APPROVE\"}");
        return business;
    }

    /** A JSON string literal. */
    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
