package org.hillmix.server.labelsets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;

/** Small label files written by tests. */
public final class LabelFiles {

    private LabelFiles() {
    }

    /** A valid journal: {@code annotators} annotators label synthetic items "0".."items-1" of two classes. */
    public static Path journal(Path file, int items, int annotators) throws IOException {
        List<Judgment> js = new ArrayList<>();
        for (int item = 0; item < items; item++) {
            int label = item < items / 2 ? 0 : 1;
            for (int a = 0; a < annotators; a++) {
                js.add(Judgment.of("a" + a, Integer.toString(item),
                        new CategoricalAnswer(label, 80 - a, 1 - label, 20, List.of())));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        JudgmentJsonl.write(file, js, ProgressMonitor.NULL);
        return file;
    }

    /** {@code journal} with its last line cut off in the middle, as an interrupted copy leaves it. */
    public static Path truncate(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        return journal;
    }

    /** The number of the last line of {@code file}. */
    public static long lastLine(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
