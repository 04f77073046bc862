/**
 * Datasets and arrays: class sets ({@link org.hillmix.core.data.ClassSet}); labelled image datasets
 * ({@link org.hillmix.core.data.LabeledImageDataset}) read from image folders, index CSVs, CIFAR-10
 * binary batches and MNIST IDX files; images as float tensors
 * ({@link org.hillmix.core.data.ImageTensor}, CHW order, values in [0, 1]) decoded and encoded by
 * {@link org.hillmix.core.data.ImageCodec}; and NumPy {@code .npy} files
 * ({@link org.hillmix.core.data.NpyReader}, {@link org.hillmix.core.data.NpyWriter}). File layouts
 * are described in {@code docs/data-formats.md}.
 */
package org.hillmix.core.data;
