package org.yichuang.client.ui;

import java.util.Objects;
import java.util.function.Supplier;

/** A value created on first use and kept; thread-safe. Keeps heavy services (Jasper) out of start-up. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private volatile T value;

    /** Wraps {@code factory}, which runs at most once. */
    public Lazy(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(factory.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
