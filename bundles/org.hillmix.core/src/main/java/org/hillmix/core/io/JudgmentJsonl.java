package org.hillmix.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The canonical judgment journal: JSON Lines, one {@link Judgment} per line, schema
 * {@value #SCHEMA}. The format is documented with an example per protocol in
 * {@code docs/judgment-jsonl.md}.
 *
 * <p>Each line is one JSON object with exactly these keys, in this order: {@code schema},
 * {@code annotator}, {@code item}, {@code protocol} ({@link Protocol#id()}), {@code answer} (an
 * object per protocol), {@code rt_ms} ({@code null} when unknown), {@code shown_at} and
 * {@code answered_at} (ISO-8601 instants, or {@code null}), {@code repeat} and
 * {@code attributes} (an object of strings, sorted by key; a {@code null} value stays {@code null}). A {@code NaN} number is written as
 * {@code null} (so a categorical answer without second probability has
 * {@code "second_probability":null}), an infinite one as the string {@code "Infinity"} or
 * {@code "-Infinity"}; every other double is written in Java's shortest round-trip form, so
 * writing and reading give back an equal judgment.
 *
 * <p>Reading tolerates a truncated last line (no line break and not complete JSON, as a crash
 * mid-write leaves): it is reported in {@link JournalContents#truncatedLastLine()} and skipped,
 * and nothing else is lost. Any other bad line is an {@link IllegalArgumentException} naming
 * file and line, or, in {@link JournalReadMode#LENIENT} mode, a {@link JournalProblem}.
 */
public final class JudgmentJsonl {

    /** The schema identifier every line carries under {@code "schema"}. */
    public static final String SCHEMA = "hillmix.judgment/1";

    /** The schema of a withdrawal line ({@link Withdrawal}). */
    public static final String WITHDRAWAL_SCHEMA = "hillmix.withdrawal/1";

    /** Keys of a withdrawal line, in the order they are written. */
    static final List<String> WITHDRAWAL_KEYS = List.of("schema", "annotator", "item", "answered_at", "withdrawn_at");

    /** Keys of a line, in the order they are written. */
    static final List<String> KEYS = List.of("schema", "annotator", "item", "protocol", "answer", "rt_ms", "shown_at",
            "answered_at", "repeat", "attributes");

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Orders merged journals: by annotator, then answer time, then display time (unknown times
     * last), then item, then the line text, so the order does not depend on the order of the input
     * files.
     */
    public static final Comparator<Judgment> MERGE_ORDER = Comparator.comparing(Judgment::annotator)
            .thenComparing(Judgment::answeredAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Judgment::shownAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Judgment::item)
            .thenComparing(JudgmentJsonl::toLine);

    private JudgmentJsonl() {
    }

    // ------------------------------------------------------------------ encoding

    /** The journal line of {@code judgment}, without the line break. */
    public static String toLine(Judgment judgment) {
        Objects.requireNonNull(judgment, "judgment");
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("annotator", judgment.annotator());
            g.writeStringField("item", judgment.item());
            g.writeStringField("protocol", judgment.protocol().id());
            g.writeFieldName("answer");
            writeAnswer(g, judgment.answer());
            g.writeFieldName("rt_ms");
            if (judgment.reactionTimeMs() == -1) {
                g.writeNull();
            } else {
                g.writeNumber(judgment.reactionTimeMs());
            }
            writeInstant(g, "shown_at", judgment.shownAt());
            writeInstant(g, "answered_at", judgment.answeredAt());
            g.writeBooleanField("repeat", judgment.repeat());
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : new TreeMap<>(judgment.attributes()).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeAnswer(JsonGenerator g, Answer answer) throws IOException {
        g.writeStartObject();
        switch (answer) {
            case CategoricalAnswer a -> {
                g.writeNumberField("most_probable", a.mostProbable());
                writeDouble(g, "most_probability", a.mostProbability());
                g.writeFieldName("second_probable");
                if (a.secondProbable() == CategoricalAnswer.NONE) {
                    g.writeNull();
                } else {
                    g.writeNumber(a.secondProbable());
                }
                writeDouble(g, "second_probability", a.secondProbability());
                g.writeArrayFieldStart("impossible");
                for (int c : a.impossible()) {
                    g.writeNumber(c);
                }
                g.writeEndArray();
            }
            case MixingFactorAnswer a -> {
                writeDouble(g, "slider", a.slider());
                writeDouble(g, "confidence", a.confidence());
            }
            case ConstructMidpointAnswer a -> {
                writeDouble(g, "start_value", a.startValue());
                writeDouble(g, "final_value", a.finalValue());
                writeDouble(g, "step", a.step());
            }
            case SelectShuffledAnswer a -> {
                writeDouble(g, "selected_lambda", a.selectedLambda());
                writeDoubles(g, "shown_order", a.shownOrder());
            }
            case FreeDistributionAnswer a -> writeDoubles(g, "weights", a.weights());
        }
        g.writeEndObject();
    }

    private static void writeDoubles(JsonGenerator g, String field, List<Double> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (Double v : values) {
            writeDoubleValue(g, v == null ? Double.NaN : v);
        }
        g.writeEndArray();
    }

    private static void writeDouble(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        writeDoubleValue(g, v);
    }

    private static void writeDoubleValue(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNull();
        } else if (Double.isInfinite(v)) {
            g.writeString(v > 0 ? "Infinity" : "-Infinity");
        } else {
            // Double.toString: the shortest decimal that reads back as the same double
            g.writeNumber(Double.toString(v));
        }
    }

    private static void writeInstant(JsonGenerator g, String field, Instant t) throws IOException {
        if (t == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, t.toString());
        }
    }

    /** The journal line of {@code withdrawal}, without the line break. */
    public static String toLine(Withdrawal withdrawal) {
        Objects.requireNonNull(withdrawal, "withdrawal");
        StringWriter out = new StringWriter(160);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", WITHDRAWAL_SCHEMA);
            g.writeStringField("annotator", withdrawal.annotator());
            g.writeStringField("item", withdrawal.item());
            writeInstant(g, "answered_at", withdrawal.answeredAt());
            writeInstant(g, "withdrawn_at", withdrawal.withdrawnAt());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ decoding

    /**
     * Parses one journal line (without its line break).
     *
     * @throws IllegalArgumentException saying what is wrong (without file and line; the readers add
     *     them)
     */
    public static Judgment fromLine(String line) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage().replace('\n', ' '), e);
        }
        return fromNode(root);
    }

    /**
     * Checks that {@code line} is a complete journal line: a judgment or a withdrawal.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static void checkLine(String line) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage().replace('\n', ' '), e);
        }
        if (isWithdrawal(root)) {
            withdrawalFromNode(root);
        } else {
            fromNode(root);
        }
    }

    private static Judgment fromNode(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a journal line must be one JSON object");
        }
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new IllegalArgumentException("no \"schema\" key; expected \"schema\":\"" + SCHEMA + "\"");
        }
        if (!SCHEMA.equals(schema.textValue())) {
            throw new IllegalArgumentException("unsupported schema \"" + schema.textValue() + "\"; this version reads "
                    + SCHEMA);
        }
        checkKeys(root, Set.copyOf(KEYS), "");
        String annotator = text(root, "annotator");
        String item = text(root, "item");
        Protocol protocol;
        try {
            protocol = Protocol.fromId(text(root, "protocol"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"protocol\": " + e.getMessage(), e);
        }
        JsonNode answerNode = require(root, "answer", "");
        if (!answerNode.isObject()) {
            throw new IllegalArgumentException("\"answer\" must be an object");
        }
        Answer answer = answer(protocol, answerNode);
        JsonNode rt = require(root, "rt_ms", "");
        long rtMs;
        if (rt.isNull()) {
            rtMs = -1;
        } else if (rt.isIntegralNumber() && rt.canConvertToLong() && rt.longValue() >= 0) {
            rtMs = rt.longValue();
        } else {
            throw new IllegalArgumentException("\"rt_ms\" must be a whole number of milliseconds >= 0 or null, found " + rt);
        }
        Instant shownAt = instant(root, "shown_at");
        Instant answeredAt = instant(root, "answered_at");
        JsonNode repeat = require(root, "repeat", "");
        if (!repeat.isBoolean()) {
            throw new IllegalArgumentException("\"repeat\" must be true or false, found " + repeat);
        }
        JsonNode attrs = require(root, "attributes", "");
        if (!attrs.isObject()) {
            throw new IllegalArgumentException("\"attributes\" must be an object of strings");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = attrs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                throw new IllegalArgumentException("attribute \"" + e.getKey() + "\" must be a string, found "
                        + e.getValue());
            }
            attributes.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().textValue());
        }
        return new Judgment(annotator, item, answer, rtMs, shownAt, answeredAt, repeat.booleanValue(), attributes);
    }

    private static Answer answer(Protocol protocol, JsonNode a) {
        return switch (protocol) {
            case CATEGORICAL -> {
                checkKeys(a, Set.of("most_probable", "most_probability", "second_probable", "second_probability",
                        "impossible"), "answer.");
                JsonNode second = require(a, "second_probable", "answer.");
                int secondProbable = second.isNull() ? CategoricalAnswer.NONE : classIndex(second, "second_probable");
                JsonNode imp = require(a, "impossible", "answer.");
                if (!imp.isArray()) {
                    throw new IllegalArgumentException("\"answer.impossible\" must be an array of class indices");
                }
                List<Integer> impossible = new ArrayList<>();
                for (JsonNode c : imp) {
                    impossible.add(classIndex(c, "impossible"));
                }
                yield new CategoricalAnswer(classIndex(require(a, "most_probable", "answer."), "most_probable"),
                        number(a, "most_probability"), secondProbable, number(a, "second_probability"), impossible);
            }
            case MIXING_FACTOR -> {
                checkKeys(a, Set.of("slider", "confidence"), "answer.");
                yield new MixingFactorAnswer(number(a, "slider"), number(a, "confidence"));
            }
            case CONSTRUCT_MIDPOINT -> {
                checkKeys(a, Set.of("start_value", "final_value", "step"), "answer.");
                yield new ConstructMidpointAnswer(number(a, "start_value"), number(a, "final_value"),
                        number(a, "step"));
            }
            case SELECT_SHUFFLED -> {
                checkKeys(a, Set.of("selected_lambda", "shown_order"), "answer.");
                yield new SelectShuffledAnswer(number(a, "selected_lambda"), numbers(a, "shown_order"));
            }
            case FREE_DISTRIBUTION -> {
                checkKeys(a, Set.of("weights"), "answer.");
                yield new FreeDistributionAnswer(numbers(a, "weights"));
            }
        };
    }

    private static void checkKeys(JsonNode object, Set<String> allowed, String prefix) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unknown key \"" + prefix + k + "\"; schema " + SCHEMA
                        + " allows " + new java.util.TreeSet<>(allowed));
            }
        }
        for (String k : allowed) {
            if (!object.has(k)) {
                throw new IllegalArgumentException("key \"" + prefix + k + "\" is missing");
            }
        }
    }

    private static JsonNode require(JsonNode object, String key, String prefix) {
        JsonNode v = object.get(key);
        if (v == null) {
            throw new IllegalArgumentException("key \"" + prefix + key + "\" is missing");
        }
        return v;
    }

    private static String text(JsonNode root, String key) {
        JsonNode v = require(root, key, "");
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string, found " + v);
        }
        return v.textValue();
    }

    private static int classIndex(JsonNode v, String key) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("\"answer." + key + "\" must hold class indices (whole numbers), found "
                    + v);
        }
        return v.intValue();
    }

    private static double number(JsonNode a, String key) {
        return numberValue(require(a, key, "answer."), "answer." + key);
    }

    private static double numberValue(JsonNode v, String where) {
        if (v.isNull()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            // Jackson parses with Double.parseDouble: the shortest decimal written by toLine reads back exactly
            return v.doubleValue();
        }
        if (v.isTextual() && v.textValue().equals("Infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (v.isTextual() && v.textValue().equals("-Infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        throw new IllegalArgumentException("\"" + where + "\" must be a number, null, \"Infinity\" or \"-Infinity\","
                + " found " + v);
    }

    private static List<Double> numbers(JsonNode a, String key) {
        JsonNode arr = require(a, key, "answer.");
        if (!arr.isArray()) {
            throw new IllegalArgumentException("\"answer." + key + "\" must be an array of numbers, found " + arr);
        }
        List<Double> out = new ArrayList<>(arr.size());
        for (JsonNode v : arr) {
            out.add(numberValue(v, "answer." + key + "[]"));
        }
        return out;
    }

    private static Instant instant(JsonNode root, String key) {
        JsonNode v = require(root, key, "");
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an ISO-8601 instant string or null, found " + v);
        }
        try {
            return Instant.parse(v.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\" is not an ISO-8601 instant such as"
                    + " 2024-05-01T12:00:00Z: '" + v.textValue() + "'", e);
        }
    }

    // ------------------------------------------------------------------ files

    /**
     * Writes {@code judgments} to {@code file} as a new journal, replacing any existing file
     * atomically (written to a temporary file beside it, forced to disk, then moved).
     *
     * @throws IOException when writing fails; the existing file is then left unchanged
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is
     *     cancelled; the existing file is then left unchanged
     */
    public static void write(Path file, Collection<Judgment> judgments, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Writing judgment journal " + file.getFileName(), judgments.size());
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        boolean moved = false;
        try {
            try (JudgmentJournalWriter w = JudgmentJournalWriter.open(tmp, JudgmentJournalWriter.Durability.BUFFERED)) {
                int n = 0;
                for (Judgment j : judgments) {
                    if ((n++ & 1023) == 0) {
                        pm.checkCancelled();
                    }
                    w.append(j);
                    pm.worked(1);
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
        pm.done();
    }

    /**
     * Reads a journal.
     *
     * @throws IllegalArgumentException in {@link JournalReadMode#STRICT} mode, for the first bad
     *     line other than a truncated last line, naming file and line
     * @throws IOException when the file cannot be read
     * @throws org.hillmix.core.progress.OperationCancelledException when {@code monitor} is cancelled
     */
    public static JournalContents read(Path file, JournalReadMode mode, ProgressMonitor monitor) throws IOException {
        return read(file, mode, monitor, j -> null);
    }

    /**
     * Reads a journal and checks each judgment with {@code check} as its line is read, so that a judgment the
     * reader's user cannot use (e.g. an answer invalid for the data set's classes) is reported with its file and
     * line like any other bad line: thrown in {@link JournalReadMode#STRICT} mode, collected in
     * {@link JournalReadMode#LENIENT} mode (and then left out).
     *
     * @param check returns why a judgment is unusable, or null when it is fine
     * @throws IllegalArgumentException in {@link JournalReadMode#STRICT} mode, for the first bad
     *     line other than a truncated last line, naming file and line
     * @throws IOException when the file cannot be read
     */
    public static JournalContents read(Path file, JournalReadMode mode, ProgressMonitor monitor,
            java.util.function.Function<Judgment, String> check) throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        String source = file.getFileName().toString();
        long size = Files.size(file);
        pm.begin("Reading judgment journal " + source, size);
        List<Judgment> judgments = new ArrayList<>();
        List<JournalProblem> problems = new ArrayList<>();
        JournalProblem truncated = null;
        int withdrawn = 0;
        try (InputStream in = Files.newInputStream(file)) {
            LineSplitter lines = new LineSplitter(in);
            long lineNo = 0;
            for (LineSplitter.Line raw = lines.next(); raw != null; raw = lines.next()) {
                lineNo++;
                if ((lineNo & 1023) == 0) {
                    pm.checkCancelled();
                }
                pm.worked(raw.length() + (raw.terminated() ? 1 : 0));
                byte[] bytes = raw.bytes();
                int len = bytes.length;
                if (len > 0 && bytes[len - 1] == '\r') {
                    len--;
                }
                boolean terminated = raw.terminated();
                String text;
                try {
                    text = decodeUtf8(bytes, len);
                } catch (CharacterCodingException e) {
                    if (!terminated) {
                        truncated = new JournalProblem(source, lineNo, "the last line is cut off mid-write"
                                + " (incomplete UTF-8 and no line break); skipped");
                        break;
                    }
                    fail(mode, problems, new JournalProblem(source, lineNo, "not valid UTF-8 text"));
                    continue;
                }
                if (text.isBlank()) {
                    continue;
                }
                JsonNode root;
                try {
                    root = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    if (!terminated) {
                        // the writer only ever writes complete JSON followed by a line break, so
                        // incomplete JSON at the very end is what a crash mid-write leaves
                        truncated = new JournalProblem(source, lineNo, "the last line is cut off mid-write"
                                + " (incomplete JSON and no line break); skipped: " + HmixTrialCsv.abbreviate(text));
                        break;
                    }
                    fail(mode, problems, new JournalProblem(source, lineNo, "not valid JSON: "
                            + e.getOriginalMessage().replace('\n', ' ')));
                    continue;
                }
                try {
                    if (isWithdrawal(root)) {
                        Withdrawal w = withdrawalFromNode(root);
                        if (!withdraw(judgments, w)) {
                            throw new IllegalArgumentException("withdraws a judgment of annotator '" + w.annotator()
                                    + "' about item '" + w.item() + "' answered at " + w.answeredAt()
                                    + " that no earlier line of this journal holds");
                        }
                        withdrawn++;
                    } else {
                        Judgment j = fromNode(root);
                        String unusable = check.apply(j);
                        if (unusable != null) {
                            throw new IllegalArgumentException(unusable);
                        }
                        judgments.add(j);
                    }
                } catch (IllegalArgumentException e) {
                    fail(mode, problems, new JournalProblem(source, lineNo, e.getMessage()));
                }
            }
        }
        pm.done();
        return new JournalContents(source, judgments, problems, truncated, withdrawn);
    }

    private static boolean isWithdrawal(JsonNode root) {
        JsonNode schema = root.isObject() ? root.get("schema") : null;
        return schema != null && schema.isTextual() && WITHDRAWAL_SCHEMA.equals(schema.textValue());
    }

    private static Withdrawal withdrawalFromNode(JsonNode root) {
        checkKeys(root, Set.copyOf(WITHDRAWAL_KEYS), "");
        Instant withdrawnAt = instant(root, "withdrawn_at");
        if (withdrawnAt == null) {
            throw new IllegalArgumentException("\"withdrawn_at\" must be an ISO-8601 instant, found null");
        }
        return new Withdrawal(text(root, "annotator"), text(root, "item"), instant(root, "answered_at"), withdrawnAt);
    }

    /** Removes the latest judgment {@code w} matches; whether there was one. */
    private static boolean withdraw(List<Judgment> judgments, Withdrawal w) {
        for (int i = judgments.size() - 1; i >= 0; i--) {
            if (w.matches(judgments.get(i))) {
                judgments.remove(i);
                return true;
            }
        }
        return false;
    }

    private static void fail(JournalReadMode mode, List<JournalProblem> problems, JournalProblem p) {
        if (mode == JournalReadMode.STRICT) {
            throw new IllegalArgumentException(p.toString());
        }
        problems.add(p);
    }

    static String decodeUtf8(byte[] bytes, int len) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, len)).toString();
    }

    // ------------------------------------------------------------------ merging

    /**
     * The union of several journals: every judgment of every file, judgments with identical lines
     * (the same judgment recorded twice, within a file or across files) kept once, sorted by
     * {@link #MERGE_ORDER}. Truncated last lines and, in lenient mode, bad lines are skipped and
     * reported in the result's {@code sources}.
     *
     * @throws IllegalArgumentException in strict mode for a bad line, naming file and line
     * @throws IOException when a file cannot be read
     */
    public static MergedJournal merge(List<Path> files, JournalReadMode mode, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        pm.begin("Merging " + files.size() + " judgment journals", files.size());
        List<JournalContents> sources = new ArrayList<>();
        List<List<Judgment>> all = new ArrayList<>();
        for (Path f : files) {
            pm.checkCancelled();
            JournalContents c = read(f, mode, null);
            sources.add(c);
            all.add(c.judgments());
            pm.worked(1);
        }
        pm.done();
        int total = all.stream().mapToInt(List::size).sum();
        List<Judgment> merged = merge(all);
        return new MergedJournal(merged, total - merged.size(), sources);
    }

    /**
     * The union of several judgment lists: identical judgments (identical lines) kept once, sorted
     * by {@link #MERGE_ORDER}.
     */
    public static List<Judgment> merge(Collection<? extends Collection<Judgment>> lists) {
        // keyed by the canonical line: equal lines are equal judgments, and it is the tie-breaker
        TreeMap<String, Judgment> byLine = new TreeMap<>();
        for (Collection<Judgment> list : lists) {
            for (Judgment j : list) {
                byLine.putIfAbsent(toLine(j), j);
            }
        }
        List<Judgment> out = new ArrayList<>(byLine.values());
        out.sort(MERGE_ORDER);
        return out;
    }

    /**
     * The result of {@link JudgmentJsonl#merge(List, JournalReadMode, ProgressMonitor)}.
     *
     * @param judgments the union, sorted by {@link JudgmentJsonl#MERGE_ORDER}
     * @param duplicatesRemoved how many judgments were dropped as identical to one kept
     * @param sources what was read from each file, with its problems and truncation
     */
    public record MergedJournal(List<Judgment> judgments, int duplicatesRemoved, List<JournalContents> sources) {

        /** Copies the lists. */
        public MergedJournal {
            judgments = List.copyOf(judgments);
            sources = List.copyOf(sources);
        }
    }
}
