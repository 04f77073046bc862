/** Preference keys and defaults of the evaluation-server connection. */
package org.hillmix.ui.eval.preferences;
