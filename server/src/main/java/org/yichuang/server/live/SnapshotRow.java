package org.yichuang.server.live;

/**
 * The transaction ids bounding a PostgreSQL snapshot: every transaction below {@code xmin} has ended; every one that
 * had not ended when the snapshot was taken is below {@code xmax}; and whether the transaction keeps it for every
 * statement (REPEATABLE READ), as the reader's later reads need.
 */
public record SnapshotRow(long xmin, long xmax, boolean repeatableRead) {
}
