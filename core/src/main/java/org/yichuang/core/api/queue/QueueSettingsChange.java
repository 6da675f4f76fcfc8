package org.yichuang.core.api.queue;

import org.yichuang.core.queue.QueueSettings;

/**
 * New queue settings: {@code PUT /api/queue/settings} (ADMIN). Refused with {@code QUEUE_SETTINGS_CONFLICT} when
 * someone saved since {@code expectedVersion} was read, so one administrator never silently undoes another.
 */
public record QueueSettingsChange(int expectedVersion, QueueSettings settings) {
}
