package org.hillmix.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 8, defects 4 and 5: what the job parser must refuse instead of coercing, accepting or failing with an
 * unspecific error. Each refusal is an {@link IllegalArgumentException} whose message names the field.
 */
class JobConfigStrictnessTest {

    private static final String BASE_DATASET =
            "\"dataset\": {\"kind\": \"synthetic\", \"classes\": 2, \"perClass\": 4, \"imageSize\": 8}";

    /** A valid job with {@code %s} spliced in as further members of the top-level object. */
    private static String job(String members) {
        return """
                {"schema": "hillmix.job/1", "name": "x",
                 "dataset": {"kind": "synthetic", "classes": 2, "perClass": 4, "imageSize": 8},
                 "regimes": [{"name": "hard"}]%s}""".formatted(members.isEmpty() ? "" : ", " + members);
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> ContractJson.readJob(json)).getMessage();
    }

    @Test
    void theBaseJobIsValid() {
        assertEquals("x", ContractJson.readJob(job("")).name());
    }

    /** Values of the wrong JSON type are refused, not converted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"dataset\": {\"kind\": \"synthetic\", \"classes\": \"4\"}|dataset.classes must be a whole number, got the string \"4\"",
        "\"dataset\": {\"kind\": \"synthetic\", \"perClass\": 2.5}|dataset.perClass must be a whole number, got 2.5",
        "\"seeds\": [1.5]|seeds[0] must be a whole number, got 1.5",
        "\"metrics\": {\"fgsm\": \"true\"}|metrics.fgsm must be true or false, got the string \"true\"",
        "\"metrics\": {\"fgsm\": 1}|metrics.fgsm must be true or false, got 1",
        "\"training\": {\"learningRate\": \"Infinity\"}|training.learningRate must be a number, got the string \"Infinity\"",
        "\"training\": {\"learningRate\": \"0.1\"}|training.learningRate must be a number, got the string \"0.1\"",
        "\"training\": {\"epochs\": true}|training.epochs must be a whole number, got true",
        "\"model\": 7|model must be a string, got 7",
    })
    void refusesCoercion(String members, String message) {
        String json = members.startsWith("\"dataset\"") ? job("").replace(BASE_DATASET, members) : job(members);
        String m = refusal(json);
        assertTrue(m.contains(message), m);
    }

    @Test
    void refusesANumberForTheName() {
        String m = refusal(job("").replace("\"name\": \"x\"", "\"name\": 123"));
        assertTrue(m.contains("name must be a string, got 123"), m);
    }

    @Test
    void refusesAnInfiniteLearningRate() {
        String m = refusal(job("\"training\": {\"learningRate\": 1e999999}"));
        assertTrue(m.contains("training.learningRate must be a finite number > 0, got Infinity"), m);
        m = refusal(job("\"training\": {\"weightDecay\": 1e999999}"));
        assertTrue(m.contains("training.weightDecay must be a finite number >= 0, got Infinity"), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\u0007b|name must not contain control characters, got U+0007 at character 1",
        "a\\u009bb|name must not contain control characters, got U+009B at character 1",
        "line\\nbreak|name must not contain control characters, got U+000A at character 4",
        "x\\ud800|name must be valid Unicode text, got a lone surrogate U+D800 at character 1",
        "\\udc00x|name must be valid Unicode text, got a lone surrogate U+DC00 at character 0",
    })
    void refusesControlCharactersAndLoneSurrogatesInNames(String escaped, String message) {
        String m = refusal(job("").replace("\"name\": \"x\"", "\"name\": \"" + escaped + "\""));
        assertTrue(m.contains(message), m);
    }

    @Test
    void acceptsPairedSurrogatesAndRefusesBadRegimeLabels() {
        assertEquals("cat \ud83d\udc08", ContractJson.readJob(job("").replace("\"name\": \"x\"",
                "\"name\": \"cat \\ud83d\\udc08\"")).name());
        String m = refusal(job("").replace("{\"name\": \"hard\"}", "{\"name\": \"hard\", \"label\": \"h\\u001b[2J\"}"));
        assertTrue(m.contains("regimes[0].label must not contain control characters, got U+001B"), m);
        m = refusal(job("").replace("{\"name\": \"hard\"}", "{\"name\": \"hard\", \"label\": \"\\udfff\"}"));
        assertTrue(m.contains("regimes[0].label must be valid Unicode text"), m);
    }

    @Test
    void limitsTheNumberOfRegimesAndLabelSources() {
        String regimes = "[" + String.join(", ", Collections.nCopies(10_000, "{\"name\": \"hard\"}")) + "]";
        String m = refusal(job("").replace("[{\"name\": \"hard\"}]", regimes));
        assertTrue(m.contains("regimes must list at most 100 regimes, got 10000"), m);
        assertTrue(m.length() < 500, "one message, not one per repeated regime: " + m.length() + " characters");
        String labels = "[" + String.join(", ", Collections.nCopies(5_000, "{\"kind\": \"none\"}")) + "]";
        m = refusal(job("\"labels\": " + labels));
        assertTrue(m.contains("labels must list at most 1000 label sources, got 5000"), m);
    }

    @Test
    void namesNullEntries() {
        String m = refusal(job("").replace("[{\"name\": \"hard\"}]", "[null]"));
        assertTrue(m.contains("regimes[0] is null"), m);
        m = refusal(job("\"labels\": [{\"kind\": \"none\"}, null]"));
        assertTrue(m.contains("labels[1] is null"), m);
        m = refusal(job("\"seeds\": [1, null]"));
        assertTrue(m.contains("seeds[1] is null"), m);
    }

    @Test
    void trailingDataIsCalledWhatItIs() {
        String m = refusal(job("") + " {\"x\": 1}");
        assertTrue(m.contains("trailing data after the job's JSON object at line 3"), m);
    }

    /**
     * Defect 4: JSON beyond the parser's limits is refused with a message, not a NullPointerException. Deep
     * nesting where a typed field is expected is refused as the wrong type before the depth limit is reached.
     */
    @Test
    void jsonBeyondTheParsersLimitsIsRefusedByName() {
        String deep = "{\"name\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertTrue(refusal(deep).contains("name must be a string, got an array"), refusal(deep));
        String digits = "{\"name\": " + "1".repeat(2000) + "}";
        assertTrue(refusal(digits).contains("Number value length"), refusal(digits));
        String key = "{\"" + "k".repeat(100_000) + "\": 1}";
        String keyRefusal = refusal(key);
        assertTrue(keyRefusal.contains("Name length"), keyRefusal.substring(0, Math.min(300, keyRefusal.length())));
        String thousand = job("").replace("\"name\": \"x\"", "\"name\": " + "1".repeat(1000));
        assertTrue(refusal(thousand).contains("name must be a string, got a number of 1000 characters"),
                refusal(thousand));
    }
}
