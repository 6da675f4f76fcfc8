package org.yichuang.core.api.queue;

import org.yichuang.core.queue.QueueSettings;

/**
 * A hall's queue settings as stored: {@code GET /api/queue/settings}; {@code version} 0 means the hall has saved none
 * and these are the defaults.
 */
public record QueueSettingsView(int version, QueueSettings settings) {
}
