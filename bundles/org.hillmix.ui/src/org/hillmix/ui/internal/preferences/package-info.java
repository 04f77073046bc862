/** The workbench views' preference page and default initializer. */
package org.hillmix.ui.internal.preferences;
