/**
 * Datasets and arrays: class sets ({@link org.hillmix.core.data.ClassSet}) and NumPy {@code .npy}
 * files ({@link org.hillmix.core.data.NpyReader}, {@link org.hillmix.core.data.NpyWriter}).
 * File layouts are described in {@code docs/data-formats.md}.
 */
package org.hillmix.core.data;
