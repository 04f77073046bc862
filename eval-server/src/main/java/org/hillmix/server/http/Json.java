package org.hillmix.server.http;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The server's JSON mapper and the translation of Jackson errors into field names. */
public final class Json {

    /** Strict mapper: unknown properties, trailing tokens and duplicate keys are errors. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Serialises {@code value} compactly. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Serialises {@code value} compactly as UTF-8 bytes (no intermediate string). */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * The JSON path of the field a mapping error is about, e.g. {@code regimes[2].alpha}; for an unknown property
     * the path ends with the unknown name. Empty when the error concerns the whole document.
     */
    public static String fieldPath(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        if (e instanceof UnrecognizedPropertyException u && !sb.toString().endsWith(u.getPropertyName())) {
            sb.append(sb.length() == 0 ? "" : ".").append(u.getPropertyName());
        }
        return sb.toString();
    }

    /** A one-line description of a mapping error that names the field and what is expected there. */
    public static String describe(JsonMappingException e) {
        String field = fieldPath(e);
        String where = field.isEmpty() ? "the document" : field;
        if (e instanceof UnrecognizedPropertyException) {
            return where + " is not a known field; remove it or check its spelling";
        }
        if (e instanceof InvalidFormatException f) {
            return where + " has the wrong type or format: expected " + typeName(f.getTargetType()) + ", got "
                    + quote(f.getValue());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return where + " has the wrong type: expected " + typeName(m.getTargetType());
        }
        String msg = e.getOriginalMessage();
        int cut = msg == null ? -1 : msg.indexOf('\n');
        return where + ": " + (cut > 0 ? msg.substring(0, cut) : msg);
    }

    private static String quote(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /** A reader's name for a Java target type. */
    static String typeName(Class<?> t) {
        if (t == null) {
            return "another type";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class) {
            return "an integer";
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        if (t.isEnum()) {
            return "one of " + java.util.Arrays.toString(t.getEnumConstants());
        }
        return "an object";
    }
}
