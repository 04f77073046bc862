/**
 * The server's composition root ({@link org.hillmix.server.app.ServerAssembly}) and the adapters that join its
 * parts: the {@link org.hillmix.server.app.EvaluationExecutor} that runs the queue's jobs with the evaluation
 * runner, and the {@link org.hillmix.server.app.ConfigPathPolicy} that says which files a submitted job may name.
 */
package org.hillmix.server.app;
