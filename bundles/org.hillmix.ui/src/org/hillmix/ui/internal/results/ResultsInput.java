package org.hillmix.ui.internal.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.SoftLabelScheme;

/**
 * What the result views analyse: judgment journals, the class set their answers refer to, and the
 * scheme turning categorical answers into soft labels.
 *
 * @param classes the class set
 * @param journals the journal files (merged before analysis)
 * @param scheme the soft-label scheme of categorical answers
 * @param title what the views say they show (a project name or a folder)
 */
public record ResultsInput(ClassSet classes, List<Path> journals, SoftLabelScheme scheme, String title) {

    /** Checks the fields and copies the list. */
    public ResultsInput {
        Objects.requireNonNull(classes, "classes");
        journals = List.copyOf(journals);
        Objects.requireNonNull(scheme, "scheme");
    }

    /** The {@code *.jsonl} files directly in {@code folder}, sorted. */
    public static List<Path> journalsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
