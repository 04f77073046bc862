/**
 * Elicitation protocols as data: the answers each protocol collects, the {@link
 * org.hillmix.core.protocol.Judgment} record that journals store, and validation that rejects
 * illegal answers and flags suspicious-but-legal ones without altering them.
 */
package org.hillmix.core.protocol;
