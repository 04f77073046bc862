package org.hillmix.server.labelsets;

import java.io.IOException;
import java.nio.file.Path;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.Cifar10hVotes;
import org.hillmix.core.io.Cifar10sJsonImporter;
import org.hillmix.core.io.HmixMixingFactorImporter;
import org.hillmix.core.io.JournalContents;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JsonLinesLabels;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.progress.ProgressMonitor;

/**
 * Reads an uploaded label file with the same core reader a job will use, so that a bad file is refused at upload
 * (naming its line, or offset for binary files) instead of failing a job later. The readers' own messages name
 * the file and the line; they are passed on unchanged.
 */
final class LabelSetValidator {

    private LabelSetValidator() {
    }

    /**
     * Checks {@code file} as {@code format}.
     *
     * @return how many records (judgments, labels, answers, items) it holds
     * @throws LabelSetException of kind {@link LabelSetException.Kind#INVALID} naming what is wrong and where
     * @throws IOException when the file cannot be read at all
     */
    static long validate(LabelSetFormat format, Path file) throws IOException {
        long records;
        try {
            records = switch (format) {
                case JOURNAL -> journal(file);
                case JSONL_LABELS -> JsonLinesLabels.read(file).size();
                case CIFAR10S -> Cifar10sJsonImporter.read(file, ClassSet.CIFAR10, CleaningPolicy.CIFAR10S_STUDY,
                        ProgressMonitor.NULL).judgments().size();
                case HMIX -> HmixMixingFactorImporter.read(file, ProgressMonitor.NULL).judgments().size();
                case CIFAR10H -> Cifar10hVotes.read(file, ClassSet.CIFAR10, ProgressMonitor.NULL).size();
            };
        } catch (IllegalArgumentException e) {
            throw invalid(format, e.getMessage());
        } catch (IOException e) {
            // The readers report malformed content as plain IOExceptions with a located message; failures of the
            // file system itself are subclasses (NoSuchFileException, AccessDeniedException...) and stay errors.
            if (e.getClass() != IOException.class) {
                throw e;
            }
            throw invalid(format, e.getMessage());
        }
        if (records == 0) {
            throw invalid(format, file.getFileName() + " holds no " + (format == LabelSetFormat.CIFAR10H ? "items"
                    : "labels"));
        }
        return records;
    }

    private static long journal(Path file) throws IOException {
        JournalContents journal = JudgmentJsonl.read(file, JournalReadMode.STRICT, ProgressMonitor.NULL);
        if (journal.truncated()) {
            // A crash mid-write leaves a cut-off last line, which a local evaluation skips with a warning; an upload
            // is a deliberate copy, so a cut-off one is more likely an incomplete transfer and is refused.
            throw new IllegalArgumentException(journal.truncatedLastLine().toString().replace("; skipped", "")
                    + "; upload the complete journal, or remove the cut-off line first");
        }
        return journal.judgments().size();
    }

    private static LabelSetException invalid(LabelSetFormat format, String message) {
        return new LabelSetException(LabelSetException.Kind.INVALID, "not a valid " + format.description() + ": "
                + message);
    }
}
