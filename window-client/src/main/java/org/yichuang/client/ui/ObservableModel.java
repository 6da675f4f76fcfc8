package org.yichuang.client.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.Objects;

/**
 * Base of presenters: a {@link PropertyChangeSupport} keyed by an {@code enum Property}, firing only on real
 * change (Sweet Home 3D's controllers, minus the reflection).
 */
public abstract class ObservableModel<P extends Enum<P>> {
    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

    /** Listens to every property. */
    public void addPropertyChangeListener(PropertyChangeListener listener) {
        changes.addPropertyChangeListener(listener);
    }

    /** Listens to one property. */
    public void addPropertyChangeListener(P property, PropertyChangeListener listener) {
        changes.addPropertyChangeListener(property.name(), listener);
    }

    /** Stops listening to every property. */
    public void removePropertyChangeListener(PropertyChangeListener listener) {
        changes.removePropertyChangeListener(listener);
    }

    /** Fires when {@code oldValue} and {@code newValue} differ; PropertyChangeSupport is silent when equal. */
    protected void fire(P property, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.firePropertyChange(property.name(), oldValue, newValue);
        }
    }
}
