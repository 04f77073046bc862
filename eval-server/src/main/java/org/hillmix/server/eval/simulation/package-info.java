/**
 * Models of people: simulated annotators who answer from an image's known class mixture, and the perception
 * map fitted (isotonic regression) from mixing-factor judgments. The bottom of the evaluation: uses no other
 * {@code eval} package.
 */
package org.hillmix.server.eval.simulation;
