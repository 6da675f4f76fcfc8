package org.yichuang.server.db;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * Makes {@code h.attach(SomeDao.class)} cheap: when {@code h} is the handle of the calling thread's
 * {@code jdbi.inTransaction}/{@code withHandle} (Jdbi's handle scope), it answers one DAO per type, attached once,
 * whose every call runs on the thread's scoped handle — the same handle, the same transaction, as a fresh attach
 * would. Any other handle (opened by hand) gets Jdbi's own attach.
 *
 * <p>Why: Jdbi's attach builds, for every method of the DAO and on every attach, an invoker with its own copy of the
 * whole configuration, and warms its binders and mappers. The queue's counter actions attached their DAOs five times
 * a request and spent about 40 % of the server's CPU there (JFR under bench/queue-load.sh); case transitions the same.
 */
final class ScopedSqlObjects implements ExtensionFactory {
    private final Jdbi jdbi;
    private final ExtensionFactory sqlObjects;
    private final HandleSupplier scoped;
    private final Map<Class<?>, Object> bound = new ConcurrentHashMap<>();

    private ScopedSqlObjects(Jdbi jdbi, ExtensionFactory sqlObjects) {
        this.jdbi = jdbi;
        this.sqlObjects = sqlObjects;
        this.scoped = new ScopedHandle(jdbi);
    }

    /** Puts itself in front of the SQL object factory of {@code jdbi} (the SqlObjectPlugin must be installed). */
    static void install(Jdbi jdbi) {
        Extensions extensions = jdbi.getConfig(Extensions.class);
        ExtensionFactory sqlObjects = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObjectPlugin is not installed"));
        extensions.register(new ScopedSqlObjects(jdbi, sqlObjects));
    }

    @Override
    public boolean accepts(Class<?> extensionType) {
        return sqlObjects.accepts(extensionType);
    }

    @Override
    public Set<FactoryFlag> getFactoryFlags() {
        // Jdbi then calls attach below as it is, without wrapping another proxy around the DAO
        return EnumSet.of(FactoryFlag.DONT_USE_PROXY);
    }

    @Override
    public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
        if (!isThreadScoped(handleSupplier)) {
            return sqlObjects.attach(extensionType, handleSupplier);
        }
        return extensionType.cast(bound.computeIfAbsent(extensionType, t -> sqlObjects.attach(t, scoped)));
    }

    private boolean isThreadScoped(HandleSupplier supplier) {
        HandleSupplier current = jdbi.getHandleScope().get();
        if (current == null) {
            return false;
        }
        if (current == supplier) {
            return true;
        }
        Handle handle = supplier.getHandle();
        return handle.getJdbi() == jdbi && current.getHandle() == handle;
    }

    /** The handle of the calling thread's scope, looked up on every call of a bound DAO. */
    private static final class ScopedHandle implements HandleSupplier {
        private final Jdbi jdbi;

        ScopedHandle(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        private HandleSupplier current() {
            HandleSupplier s = jdbi.getHandleScope().get();
            if (s == null) {
                throw new IllegalStateException("a DAO attached in a transaction was called after it ended");
            }
            return s;
        }

        @Override
        public Handle getHandle() {
            return current().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        @Override
        public ConfigRegistry getConfig() {
            return jdbi.getConfig();
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return current().invokeInContext(extensionContext, task);
        }
    }
}
