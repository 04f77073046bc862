package org.hillmix.server.train;

/**
 * How many CPU threads PyTorch trains with, JVM-wide. DJL reads the counts from system properties once, when its
 * PyTorch engine loads, so they must be set before the first training run of the process; later changes have no
 * effect.
 *
 * <p>Why the server limits them: PyTorch starts one intra-op thread per core by default, and a training job then
 * keeps every core busy, so HTTP requests wait for a time slice (on two cores, status reads took 96-178 ms at the
 * 99th percentile while a job trained). Leaving one core to the rest of the server keeps it responsive, at the
 * cost of slower training on small machines. Command-line evaluations keep PyTorch's default.
 */
public final class TrainingThreads {

    /** DJL's property for PyTorch's intra-op threads (the ones that compute convolutions and matrix products). */
    public static final String INTRA_OP = "ai.djl.pytorch.num_threads";
    /** DJL's property for PyTorch's inter-op threads (parallel graph branches; idle in eager training). */
    public static final String INTER_OP = "ai.djl.pytorch.num_interop_threads";

    private TrainingThreads() {
    }

    /** All cores but one, at least one: what the server trains with unless told otherwise. */
    public static int serverDefault() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /**
     * Trains with {@code threads} intra-op threads and one inter-op thread from now on (if the engine has not
     * loaded yet).
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static void limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("training threads must be at least 1, got " + threads);
        }
        System.setProperty(INTRA_OP, Integer.toString(threads));
        System.setProperty(INTER_OP, "1");
    }

    /** Applies {@link #serverDefault()} unless a count was already chosen (a {@code -D} option or {@link #limit}). */
    public static void limitToServerDefaultUnlessSet() {
        if (System.getProperty(INTRA_OP) == null) {
            limit(serverDefault());
        }
    }

    /** The current setting in words, e.g. {@code "PyTorch threads: 1 of 2 cores"}. */
    public static String describe() {
        String t = System.getProperty(INTRA_OP);
        int cores = Runtime.getRuntime().availableProcessors();
        return t == null ? "PyTorch threads: PyTorch's default (one per core, " + cores + ")"
                : "PyTorch threads: " + t + " of " + cores + " cores";
    }
}
