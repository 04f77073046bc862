/** User-visible strings of the HILLmix workbench ({@code messages.properties}, Eclipse NLS). */
package org.hillmix.ui.internal.l10n;
