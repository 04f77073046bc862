package org.hillmix.server.jobs.archfixture;

import org.hillmix.server.eval.archfixture.EvalPart;

/** Deliberate violation: the job queue using an evaluation class (as jobs.EvaluationExecutor does today). */
class QueueUsingEval {
    EvalPart part;
}
