package org.yichuang.server.live;

/**
 * The transaction ids bounding a PostgreSQL snapshot: every transaction below {@code xmin} has ended; every one that
 * had not ended when the snapshot was taken is below {@code xmax}.
 */
public record SnapshotRow(long xmin, long xmax) {
}
