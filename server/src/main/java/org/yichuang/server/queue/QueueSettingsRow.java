package org.yichuang.server.queue;

/** A hall's stored queue settings: the JSON of core's {@code QueueSettings}, its version and the person-key secret. */
public record QueueSettingsRow(long hallId, String settings, int version, byte[] personKeySecret) {
}
