/** The calibration report view and the evaluation job it runs. */
package org.hillmix.ui.eval.internal.views;
