package org.hillmix.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How validation messages and Jackson errors become problem members. */
class ProblemMappingTest {

    @Test
    void everyValidationMessageKeepsItsField() {
        ProblemException e = SubmitJobHandler.invalid(new IllegalArgumentException(
                "invalid job config: regimes[2] is null; training.epochs must be between 1 and 1000, got 0; "
                        + "seeds must list at least one seed"));
        Problem p = e.problem();
        assertEquals(400, p.status());
        assertEquals("regimes[2]", p.extensions().get("field"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) p.extensions().get("errors");
        assertEquals(List.of("regimes[2]", "training.epochs", "seeds"),
                errors.stream().map(m -> m.get("field")).toList());
        assertEquals("training.epochs must be between 1 and 1000, got 0", errors.get(1).get("detail"));
        assertFalse(p.detail().startsWith("invalid job config"), "the prefix adds nothing over HTTP");
    }

    @Test
    void textWithoutAFieldHasNone() {
        Problem p = SubmitJobHandler.invalid(new IllegalArgumentException("the runner is not available")).problem();
        assertEquals(null, p.extensions().get("field"));
    }

    @Test
    void problemJsonHasStandardAndExtensionMembers() throws Exception {
        String json = Json.write(Problem.of("x", "T", 418, "d").at("/p").with("field", "a.b"));
        assertEquals(Json.MAPPER.readTree("{\"type\":\"urn:hillmix:problem:x\",\"title\":\"T\",\"status\":418,"
                + "\"detail\":\"d\",\"instance\":\"/p\",\"field\":\"a.b\"}"), Json.MAPPER.readTree(json));
    }
}
