package org.hillmix.core.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The file-valued fields of a data set or label source, by JSON name, in order ({@code files()}). */
final class FileFields {

    private FileFields() {
    }

    /** {@code name -> value} pairs in the given order; a value may be null (then reported as missing). */
    static Map<String, String> of(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
