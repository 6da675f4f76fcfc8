package org.yichuang.server.catalog;

/** An item identity: its row id and implementation code (实施编码). */
public record IdentityRow(long id, String implementationCode) {
}
