package org.hillmix.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.hillmix.server.jobs.JobRecord;
import org.hillmix.server.jobs.JobService;
import org.hillmix.server.jobs.QueueFullException;

/**
 * {@code POST /api/v1/jobs}: validates a job configuration (JSON) and queues it. Answers 202 with the job and a
 * {@code Location} header; 400 naming the offending field; 413 for an oversized body; 415 unless the body is
 * declared as JSON (which also keeps browsers from submitting jobs cross-site with plain forms); 429 with
 * {@code Retry-After} when the queue is full.
 */
public final class SubmitJobHandler extends ApiHandler {

    /** A field path at the start of a validation message, e.g. {@code regimes[2].alpha}. */
    private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+]|\\.[A-Za-z_][A-Za-z0-9_]*)*)(?=[\\s:])");

    private final JobService jobs;
    private final long maxBytes;
    private final int retryAfterSeconds;

    /** Queues into {@code jobs}; bodies over {@code maxBytes} get 413. */
    public SubmitJobHandler(JobService jobs, long maxBytes, int retryAfterSeconds) {
        this.jobs = jobs;
        this.maxBytes = maxBytes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected void serve(Exchange ex) throws Exception {
        requireJson(ex);
        String text = utf8(ex.body(maxBytes, "a job configuration"));
        requireObject(text);
        JobRecord job;
        try {
            job = jobs.submit(text);
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        } catch (QueueFullException e) {
            throw new ProblemException(Problem.of("queue-full", "Job queue full", 429, e.getMessage())
                    .with("queueCapacity", e.capacity()), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
        } catch (IllegalStateException e) {
            throw new ProblemException(Problem.of("shutting-down", "Server shutting down", 503, e.getMessage()),
                    Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
        }
        ex.header("Location", JobView.JOBS + "/" + job.id());
        ex.json(202, JobView.of(job, jobs.queuePosition(job.id())));
    }

    /** 415 unless the request declares a JSON body. */
    static void requireJson(Exchange ex) {
        String type = ex.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "send the job configuration with 'Content-Type: application/json', got "
                            + (type == null ? "no Content-Type" : "'" + type + "'")), Map.of("Accept-Post", "application/json"));
        }
    }

    /** Decodes strict UTF-8; 400 for other bytes. */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400,
                    "the body is not valid UTF-8; JSON must be sent as UTF-8"));
        }
    }

    /** 400 unless {@code text} is one well-formed JSON object, naming line and column of a syntax error. */
    static void requireObject(String text) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(text);
        } catch (JsonMappingException e) {
            var at = e.getLocation();
            if (e.getPath().isEmpty() && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400, "trailing data after "
                        + "the JSON object" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                        + at.getColumnNr()) + "; send exactly one job configuration"));
            }
            throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400, Json.describe(e)));
        } catch (JsonProcessingException e) {
            // the parser's limits (nesting depth, number and name length) raise errors without a location
            var at = e.getLocation();
            throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400, (at == null
                    ? "the JSON breaks the parser's limits: " : "malformed JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": ") + e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(Problem.of("invalid-json", "Malformed JSON", 400,
                    "the body must be a JSON object (a job configuration), got "
                            + (tree == null || tree.isMissingNode() ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
    }

    /**
     * 400 for an invalid configuration. The {@code field} member is the JSON path of the first offending field
     * (from the Jackson exception when there is one); {@code errors} lists every message with its field.
     */
    static ProblemException invalid(IllegalArgumentException e) {
        String detail = e.getMessage() == null ? "invalid job configuration" : e.getMessage();
        String field = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException m) {
                field = Json.fieldPath(m);
                break;
            }
        }
        String body = detail.startsWith("invalid job config: ") ? detail.substring("invalid job config: ".length())
                : detail;
        List<Map<String, String>> errors = new ArrayList<>();
        for (String part : body.split("; (?=[A-Za-z_])")) {
            Map<String, String> one = new LinkedHashMap<>();
            Matcher m = LEADING_FIELD.matcher(part);
            String f = m.find() && looksLikeField(m.group(1), part) ? m.group(1) : null;
            if (f != null) {
                one.put("field", f);
            }
            one.put("detail", part);
            errors.add(one);
        }
        if (field == null || field.isEmpty()) {
            field = errors.isEmpty() ? null : errors.get(0).get("field");
        }
        Problem p = Problem.of("invalid-field", "Invalid job configuration", 400, body).with("errors", errors);
        return new ProblemException(field == null || field.isEmpty() ? p : p.with("field", field));
    }

    /** A leading word is a field when a known verb phrase follows it ("x is missing", "x must be ..."). */
    private static boolean looksLikeField(String candidate, String message) {
        String rest = message.substring(candidate.length());
        // The verbs JobConfig's validation messages use after a field path.
        return rest.startsWith(" is ") || rest.startsWith(" must ") || rest.startsWith(": ") || rest.startsWith(" has ")
                || rest.startsWith(" repeats ") || rest.startsWith(" '") || rest.startsWith(" needs ")
                || rest.startsWith(" names ") || rest.startsWith(" refers ");
    }
}
