/** Preference keys and defaults of the HILLmix workbench (instance scope, node {@code org.hillmix.ui}). */
package org.hillmix.ui.preferences;
