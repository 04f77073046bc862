/**
 * Benchmarks that print figures (throughput, latency). Run them with
 * {@code java -jar hillmix.jar bench [name...]}; they are never unit tests, so that speed targets
 * are measured and reported rather than asserted on a shared CI machine.
 */
package org.hillmix.server.bench;
