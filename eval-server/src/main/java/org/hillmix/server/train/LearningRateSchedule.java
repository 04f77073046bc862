package org.hillmix.server.train;

/**
 * Learning rate per optimizer step, for step t = 0..T-1 of T steps in all and base rate lr:
 * <ul>
 * <li>{@code constant}: lr</li>
 * <li>{@code step}: lr for t &lt; T/2, 0.1 lr for T/2 &lt;= t &lt; 3T/4, 0.01 lr after</li>
 * <li>{@code cosine}: {@code lr (1 + cos(pi t / T)) / 2} (no warm-up; ends near 0)</li>
 * </ul>
 * Pure Java; the DJL optimizer reads the value through {@link StepLearningRate}.
 */
final class LearningRateSchedule {

    private final String name;
    private final double baseRate;
    private final long totalSteps;

    LearningRateSchedule(String name, double baseRate, long totalSteps) {
        if (!TrainingSpec.SCHEDULES.contains(name)) {
            throw new IllegalArgumentException("unknown schedule '" + name + "'; use one of "
                    + TrainingSpec.SCHEDULES);
        }
        if (totalSteps < 1) {
            throw new IllegalArgumentException("a schedule needs at least one step, got " + totalSteps);
        }
        this.name = name;
        this.baseRate = baseRate;
        this.totalSteps = totalSteps;
    }

    /** The rate for step {@code t} (0-based). */
    double rate(long t) {
        return switch (name) {
            case "constant" -> baseRate;
            case "step" -> 2 * t < totalSteps ? baseRate : 4 * t < 3 * totalSteps ? baseRate * 0.1 : baseRate * 0.01;
            case "cosine" -> baseRate * 0.5 * (1 + Math.cos(Math.PI * t / totalSteps));
            default -> throw new IllegalStateException(name);
        };
    }
}
