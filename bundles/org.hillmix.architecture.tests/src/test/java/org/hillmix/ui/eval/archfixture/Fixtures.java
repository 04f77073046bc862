package org.hillmix.ui.eval.archfixture;

import org.hillmix.ui.internal.archfixture.Hidden;

/** Deliberate violation: ui.eval using ui's internal package (as EvaluateJob once did). */
class UsesUiInternal {
    Hidden hidden;
}
