package org.hillmix.server.eval.archfixture;

/** A class of the server's evaluation (fixture of {@code org.hillmix.architecture.RulesCanFailTest}). */
public class EvalPart {
}
