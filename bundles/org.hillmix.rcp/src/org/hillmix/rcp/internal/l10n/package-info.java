/** User-visible strings of the standalone workbench (not API). */
package org.hillmix.rcp.internal.l10n;
