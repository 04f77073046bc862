package org.hillmix.server.datasets;

/**
 * Bounds on what an uploaded archive may expand to, the defence against zip bombs: a cap on the total bytes
 * written, on the number of entries, and on the compression ratio (bytes written / bytes uploaded) of the
 * archive as a whole and of each zip entry.
 *
 * @param maxUploadBytes largest accepted archive
 * @param maxExtractedBytes most bytes all entries together may expand to
 * @param maxEntries most entries (files and folders)
 * @param maxRatio largest accepted compression ratio; checked once more than {@link #RATIO_FLOOR} bytes are out
 */
public record ExtractionLimits(long maxUploadBytes, long maxExtractedBytes, int maxEntries, double maxRatio) {

    /** Below this many extracted bytes the ratio is not checked: tiny archives of tiny files compress well. */
    public static final long RATIO_FLOOR = 1 << 20;

    /** Checks the values. */
    public ExtractionLimits {
        if (maxUploadBytes < 1 || maxExtractedBytes < 1 || maxEntries < 1 || !(maxRatio >= 1)) {
            throw new IllegalArgumentException("extraction limits must be positive (ratio >= 1)");
        }
    }

    /** 256 MiB uploads, 1 GiB extracted, 100,000 entries, ratio 100. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(256L << 20, 1L << 30, 100_000, 100);
    }
}
