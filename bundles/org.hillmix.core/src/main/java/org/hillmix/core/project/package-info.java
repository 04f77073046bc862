/**
 * HILLmix projects: a folder with a versioned descriptor ({@code hillmix-project.json}, schema
 * {@value org.hillmix.core.project.ProjectJson#SCHEMA}) naming the class set, the data set, the
 * stimulus sets, the annotators and their batches, beside {@code stimuli/}, {@code journals/} and
 * {@code reports/}; and the batch planner that assigns items to annotators with overlap, repeats
 * and gold items.
 */
package org.hillmix.core.project;
