/**
 * The workbench's current HILLmix project, as an OSGi service ({@link
 * org.hillmix.ui.project.ProjectService}) that wizards, commands and result views share.
 */
package org.hillmix.ui.project;
