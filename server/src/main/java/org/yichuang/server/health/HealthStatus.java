package org.yichuang.server.health;

/**
 * The answer of GET /health.
 *
 * @param code null when UP
 */
public record HealthStatus(String status, String code, String message) {
}
