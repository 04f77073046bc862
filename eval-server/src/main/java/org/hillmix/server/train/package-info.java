/** CONTRACT STUB of the training engine (EVAL-SPEC.md), owned by helper "train"; replaced on merge. */
package org.hillmix.server.train;
