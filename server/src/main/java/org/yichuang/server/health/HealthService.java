package org.yichuang.server.health;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Up when the database answers and holds the migrated schema. */
public final class HealthService {
    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);
    private final HealthDao health;
    private final BooleanSupplier started;

    /** Checks through the DAO once {@code started} says start-up (migrations, first-start tasks) is over. */
    public HealthService(HealthDao health, BooleanSupplier started) {
        this.health = health;
        this.started = started;
    }

    /** Returns true when healthy. */
    public boolean isUp() {
        if (!started.getAsBoolean()) {
            return false;
        }
        try {
            return health.appliedMigrations() > 0;
        } catch (RuntimeException e) {
            LOG.warn("health check failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
