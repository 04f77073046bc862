package org.hillmix.server.train;

import ai.djl.training.tracker.Tracker;

/**
 * A DJL learning-rate tracker whose value the training loop sets before every step from a
 * {@link LearningRateSchedule}. Used instead of DJL's own trackers because DJL counts updates per
 * parameter; the loop's own step counter makes "step t of T" unambiguous.
 */
final class StepLearningRate implements Tracker {

    private volatile float value;

    StepLearningRate(double initial) {
        this.value = (float) initial;
    }

    /** Sets the rate of the coming step. */
    void set(double rate) {
        value = (float) rate;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return value;
    }
}
