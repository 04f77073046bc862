package org.hillmix.server.http;

import java.util.regex.Pattern;

/** Checks job ids taken from request paths before they reach the database. */
final class JobIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private JobIds() {
    }

    /** The {@code id} path parameter, or 404 when it cannot name a job. */
    static String from(Exchange ex) {
        String id = ex.pathParam("id");
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound(id);
        }
        return id;
    }

    static ProblemException notFound(String id) {
        return ProblemException.notFound("no job with id '" + id + "'; list jobs with GET /api/v1/jobs");
    }
}
