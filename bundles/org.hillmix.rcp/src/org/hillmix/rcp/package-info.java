/**
 * The standalone "HILLmix Workbench" RCP application: {@code org.hillmix.rcp.internal.HillmixApplication} starts a
 * workbench with the Annotation and Results perspectives that lay out the HILLmix views of
 * {@code org.hillmix.ui} (and of any other HILLmix bundle contributing to {@code org.eclipse.ui.views}).
 * {@link org.hillmix.rcp.HillmixWorkbenchIds} names the perspectives and the views they arrange.
 */
package org.hillmix.rcp;
