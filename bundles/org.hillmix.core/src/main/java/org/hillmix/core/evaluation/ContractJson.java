package org.hillmix.core.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.hillmix.core.internal.fs.InputFiles;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one JSON codec of the evaluation contract: reads and writes job configurations ({@code hillmix.job/1},
 * docs/job-config.md) and reports ({@code hillmix.report/1}, docs/report-schema.md). The server, the CLI and the
 * workbench client all go through it, so the two formats are defined once, by the records of this package.
 *
 * <p>Jobs are read strictly (unknown and duplicate fields, trailing data and nulls for primitives are refused)
 * and validated; every refusal is an {@link IllegalArgumentException} with a one-line message naming the field by
 * its JSON path, for example {@code regimes[2].alpha must be > 0, got -1.0}. Reports are read leniently (unknown
 * fields are ignored) so that a client can read reports of a newer server that added fields.
 */
public final class ContractJson {

    /**
     * Strict: a value of the wrong JSON type is refused instead of converted ({@code "classes": "4"},
     * {@code "perClass": 2.5}, {@code "fgsm": "true"}, {@code "name": 123}, {@code "learningRate": "Infinity"}),
     * so that what runs is what was written.
     */
    private static final ObjectMapper JOB = strict(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("strict-numbers").addDeserializer(Double.class, new StrictDouble()))
            .build());

    private static final ObjectMapper REPORT = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContractJson() {
    }

    /**
     * Reads JSON numbers only: Jackson's own reader turns the strings "NaN", "Infinity" and "-Infinity" into
     * doubles before any coercion setting is consulted.
     */
    private static final class StrictDouble extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        StrictDouble() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                return p.getDoubleValue();
            }
            return (Double) ctxt.handleUnexpectedToken(Double.class, p);
        }
    }

    private static JsonMapper strict(JsonMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Parses and validates a job from JSON text.
     *
     * @throws IllegalArgumentException naming every problem and its field (a Jackson
     *         {@link JsonProcessingException} as the cause, when there is one, locates the field)
     */
    public static JobConfig readJob(String json) {
        return readJob(json, null);
    }

    /**
     * Reads and validates a job file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, every problem and its field
     */
    public static JobConfig readJob(Path file) throws IOException {
        return readJob(InputFiles.readString(file), file.toString());
    }

    /** {@code job} as pretty-printed JSON (defaults filled in); {@link #readJob(String)} reads it back equal. */
    public static String write(JobConfig job) {
        return write(JOB, job);
    }

    /** {@code job} as a JSON tree, for callers that embed it in other JSON. */
    public static JsonNode tree(JobConfig job) {
        return JOB.valueToTree(job);
    }

    /** {@code dataset} as a JSON tree (the {@code dataset} member of a job). */
    public static JsonNode tree(DatasetSpec dataset) {
        return JOB.valueToTree(dataset);
    }

    /** {@code report} as pretty-printed JSON; JSON never contains NaN or infinities (those are null). */
    public static String write(EvaluationReport report) {
        return write(REPORT, report);
    }

    /**
     * Parses a report.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON or not a {@value EvaluationReport#SCHEMA} report
     */
    public static EvaluationReport readReport(String json) {
        try {
            // the schema first, so that other JSON is called what it is rather than failing field by field
            JsonNode tree = REPORT.readTree(json);
            JsonNode schema = tree == null ? null : tree.get("schema");
            if (schema == null || !EvaluationReport.SCHEMA.equals(schema.asText())) {
                throw new IllegalArgumentException("not a " + EvaluationReport.SCHEMA + " report (schema "
                        + (schema == null ? "missing" : schema.toString()) + ")");
            }
            return REPORT.treeToValue(tree, EvaluationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid report JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JobConfig readJob(String json, String source) {
        String where = source == null ? "" : " " + source;
        JobConfig config;
        try {
            config = JOB.readValue(json, JobConfig.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("invalid job config" + where + ": malformed JSON" + at(e) + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            if (e instanceof MismatchedInputException m && trailing(m)) {
                throw new IllegalArgumentException("invalid job config" + where + ": trailing data after the job's "
                        + "JSON object" + at(e) + "; a job configuration is exactly one JSON object", e);
            }
            throw new IllegalArgumentException("invalid job config" + where + ": " + describe(e), e);
        } catch (JsonProcessingException e) {
            // the parser's limits (nesting depth, number and name length) raise errors without a location
            throw new IllegalArgumentException("invalid job config" + where + ": "
                    + (e.getLocation() == null ? "the JSON breaks the parser's limits: " : "malformed JSON" + at(e) + ": ")
                    + e.getOriginalMessage(), e);
        }
        if (config == null) {
            throw new IllegalArgumentException("invalid job config" + where + ": empty document; expected a JSON object");
        }
        config.validate().throwIfAny(source);
        return config;
    }

    /** " at line L, column C", or nothing when the error has no location. */
    private static String at(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** Whether {@code e} is FAIL_ON_TRAILING_TOKENS's complaint (Jackson has no subtype for it). */
    private static boolean trailing(MismatchedInputException e) {
        return e.getPath().isEmpty() && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token");
    }

    /** Turns a Jackson mapping error into "field: what is wrong". */
    private static String describe(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof MismatchedInputException m && !path.isEmpty()) {
            String wanted = wanted(m.getTargetType());
            String found = found(m);
            if (wanted != null && found != null) {
                return path + " must be " + wanted + ", got " + found;
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String parent = path.lastIndexOf('.') > 0 ? path.substring(0, path.lastIndexOf('.')) : "";
            return (parent.isEmpty() ? "" : parent + ".") + u.getPropertyName() + " is not a known field"
                    + (u.getKnownPropertyIds() == null ? "" : "; known fields: " + known(u.getKnownPropertyIds()));
        }
        if (e instanceof InvalidTypeIdException t) {
            String property = t.getBaseType() != null && t.getBaseType().hasRawClass(RegimeSpec.class) ? "name" : "kind";
            String field = (path.isEmpty() ? "" : path + ".") + property;
            return t.getTypeId() == null ? field + " is missing"
                    : field + " '" + t.getTypeId() + "' is unknown; expected one of " + typeIds(t);
        }
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf('\n');
        msg = cut > 0 ? msg.substring(0, cut) : msg;
        return (path.isEmpty() ? "" : path + ": ") + msg;
    }

    /** What a field of Java type {@code type} takes, in JSON words; {@code null} when not a scalar. */
    private static String wanted(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return null;
    }

    /** The JSON value the parser stopped at, in words, or {@code null} when unknown. */
    private static String found(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || p.currentToken() == null) {
            return null;
        }
        try {
            return switch (p.currentToken()) {
                case VALUE_STRING -> {
                    String text = p.getText();
                    yield "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    String text = p.getText();
                    yield text.length() > 40 ? "a number of " + text.length() + " characters" : text;
                }
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_OBJECT, FIELD_NAME, END_OBJECT -> "an object";
                case START_ARRAY, END_ARRAY -> "an array";
                default -> null;
            };
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    private static String known(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String typeIds(InvalidTypeIdException t) {
        Class<?> base = t.getBaseType() == null ? null : t.getBaseType().getRawClass();
        JsonSubTypes sub = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        if (sub == null) {
            return "(see docs/job-config.md)";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonSubTypes.Type type : sub.value()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(type.name());
        }
        return sb.toString();
    }

    /** The JSON path of a mapping error, e.g. {@code regimes[2].alpha}. */
    public static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
