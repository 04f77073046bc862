package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hillmix.ui.eval.internal.views.MetricNames;
import org.junit.jupiter.api.Test;

/**
 * Every metric of the report schema (the Metrics table of docs/report-schema.md) has a readable name in the
 * Calibration Report view and, as its tooltip, the definition the documentation gives.
 */
class MetricNamesTest {

    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+`) \\| ([^|]+) \\| (.+) \\|$");

    @Test
    void everyDocumentedMetricHasANameAndTheDocumentedDefinition() throws Exception {
        Path repo = Path.of(System.getProperty("hillmix.repository", "../.."));
        String schema = Files.readString(repo.resolve("docs/report-schema.md"));
        String metrics = schema.substring(schema.indexOf("## Metrics"), schema.indexOf("## `perception`"));
        List<String> keys = new ArrayList<>();
        for (String line : metrics.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String definition = m.group(3).trim().replace("`", "");
            Matcher key = Pattern.compile("`([A-Za-z0-9]+)`").matcher(m.group(1));
            while (key.find()) {
                String k = key.group(1);
                keys.add(k);
                assertNotEquals(k, MetricNames.name(k), "no readable name for " + k);
                assertEquals(definition, MetricNames.definition(k), "definition of " + k);
                assertTrue(MetricNames.tooltip(k).contains(definition), MetricNames.tooltip(k));
            }
        }
        assertTrue(keys.size() >= 20 && keys.contains("eceTs") && keys.contains("fgsm4CrossEntropy"), keys::toString);
        assertEquals("ECE after temperature scaling", MetricNames.name("eceTs"));
        assertEquals("Cross-entropy under FGSM, eps 4/255", MetricNames.name("fgsm4CrossEntropy"));
        assertEquals("someNewMetric", MetricNames.name("someNewMetric"), "unknown keys are shown as they are");
    }
}
