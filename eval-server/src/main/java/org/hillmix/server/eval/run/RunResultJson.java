package org.hillmix.server.eval.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.hillmix.server.train.TrainingResult;

/**
 * A run's {@link TrainingResult} as text, to be stored by the server that trained it and read by the one that
 * assembles the job's report ({@link EvaluationRunner#assemble}). Doubles are written in Java's shortest form that
 * reads back to the same value (so the assembled report equals a single-server one bit for bit); NaN and the
 * infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
 */
public final class RunResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RunResultJson() {
    }

    /** The result as JSON text. */
    public static String write(TrainingResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException when the text is not a stored run result
     */
    public static TrainingResult read(String json) throws IOException {
        return MAPPER.readValue(json, TrainingResult.class);
    }
}
