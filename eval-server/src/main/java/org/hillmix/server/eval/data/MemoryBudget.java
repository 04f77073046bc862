package org.hillmix.server.eval.data;

import java.util.Locale;

import org.hillmix.core.evaluation.DatasetSpec;
import org.hillmix.core.evaluation.JobConfig;

/**
 * Refuses a job whose images cannot fit in memory before it starts, from what its configuration says: a job that
 * asks for two million 128-pixel synthetic images would otherwise be accepted and then end the server with an
 * {@link OutOfMemoryError}. The estimate is the images' pixels as the runner holds them (3 channels of 4-byte
 * floats each), a lower bound of what the job needs; the budget is half the heap, the rest being left to the
 * split, the batches, the model and the server itself.
 *
 * <p>Only data sets whose size the configuration fixes can be estimated: synthetic ones ({@code classes x
 * perClass} images of {@code imageSize}) and the CIFAR-10 test subset (32 x 32, at most {@code limit}). File data
 * sets are sized by their files; their readers refuse what does not fit as they read it.
 */
public final class MemoryBudget {

    /** Bytes per pixel as the runner holds images: 3 channels of 4-byte floats. */
    static final long BYTES_PER_PIXEL = 3L * Float.BYTES;
    /** Images in the CIFAR-10 test set, the most the shared subset can hold. */
    private static final long CIFAR10_TEST = 10_000;

    private MemoryBudget() {
    }

    /** Half of the largest heap this JVM may use. */
    public static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /**
     * Checks {@code config} against {@code budgetBytes}.
     *
     * @throws IllegalArgumentException naming the field to lower, the estimate and the budget
     */
    public static void check(JobConfig config, long budgetBytes) {
        long bytes = imageBytes(config.dataset());
        if (bytes <= budgetBytes) {
            return;
        }
        if (config.dataset() instanceof DatasetSpec.Synthetic s) {
            long n = (long) s.classes() * s.perClass();
            throw new IllegalArgumentException("dataset.perClass is too large for this server: " + s.classes() + " x "
                    + s.perClass() + " = " + n + " synthetic images of " + s.imageSize() + " x " + s.imageSize()
                    + " pixels take about " + size(bytes) + " of memory, more than its budget of " + size(budgetBytes)
                    + " (half its heap); lower dataset.perClass or dataset.imageSize");
        }
        throw new IllegalArgumentException("dataset.limit is too large for this server: the images take about "
                + size(bytes) + " of memory, more than its budget of " + size(budgetBytes) + " (half its heap)");
    }

    /** The estimated bytes of the images of {@code dataset}, or 0 when the configuration does not fix them. */
    static long imageBytes(DatasetSpec dataset) {
        return switch (dataset) {
            case DatasetSpec.Synthetic s -> (long) s.classes() * s.perClass() * s.imageSize() * s.imageSize()
                    * BYTES_PER_PIXEL;
            case DatasetSpec.SharedCifar10 c -> Math.min(CIFAR10_TEST, c.limit() == null ? CIFAR10_TEST : c.limit())
                    * 32 * 32 * BYTES_PER_PIXEL;
            case null, default -> 0;
        };
    }

    private static String size(long bytes) {
        double gib = bytes / (double) (1L << 30);
        return gib >= 1 ? String.format(Locale.ROOT, "%.1f GiB", gib)
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
