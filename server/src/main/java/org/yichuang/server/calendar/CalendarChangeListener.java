package org.yichuang.server.calendar;

/**
 * Told when a new calendar version is in effect (after the import committed, when another process such as the CLI
 * imported one, and once at start-up). Implementations must finish whatever an earlier run left undone: a committed
 * version may never leave open cases on an older version without a way to finish, so they work from the database
 * ("open cases WHERE calendar_version &lt; current"), never from what changed in this call.
 */
public interface CalendarChangeListener {
    /**
     * Brings everything that depends on the calendar to {@code version}; called on the importing thread.
     *
     * @return what was recomputed
     */
    Recomputed calendarChanged(int version);

    /**
     * What a listener did.
     *
     * @param checked cases brought to the new version
     * @param moved   of those, cases whose due dates moved
     */
    record Recomputed(long checked, long moved) {
        /** Nothing to do. */
        public static final Recomputed NONE = new Recomputed(0, 0);

        /** Adds two results. */
        public Recomputed plus(Recomputed other) {
            return new Recomputed(checked + other.checked, moved + other.moved);
        }
    }
}
