package org.hillmix.server.train;

/** CONTRACT STUB (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
public interface PerceptionMap {
    /** Human-perceived lambda for image 1 of a mixture with true lambda {@code trueLambda}. */
    double perceivedLambda(double trueLambda, int class1, int class2);
}
