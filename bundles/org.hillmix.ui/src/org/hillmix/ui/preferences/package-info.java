/**
 * Preference keys and defaults of the HILLmix workbench (instance scope, node {@code org.hillmix.ui}),
 * and {@link org.hillmix.ui.preferences.InstancePreferencePage}, the base of the HILLmix preference pages.
 */
package org.hillmix.ui.preferences;
