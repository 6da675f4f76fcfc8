package org.yichuang.client.main;

/** Whether the last call reached the server (联网状态), as the status bar shows it. */
public enum ConnectionState {
    /** The last call got an answer. */
    ONLINE,
    /** The last call found no server. */
    OFFLINE
}
