/** User-visible strings of the evaluation bundle. */
package org.hillmix.ui.eval.internal.l10n;
