/**
 * The evaluation server's HTTP side: embedded Jetty 12 with core handlers (no servlets), one small handler per
 * endpoint of the versioned JSON API, RFC 9457 problem documents for every error, bearer-token authentication,
 * server-sent progress events, an OpenAPI 3.1 description and Prometheus metrics. Start it with
 * {@link org.hillmix.server.http.EvaluationServer#newServer}; docs/server.md documents the API.
 */
package org.hillmix.server.http;
