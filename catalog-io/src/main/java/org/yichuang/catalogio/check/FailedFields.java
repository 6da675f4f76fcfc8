package org.yichuang.catalogio.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fields that could not be read and were already reported, per item and per bundle. The rules then see a gap there
 * (a missing limit, a blank enum) and would report it a second time in other words; the validator skips those.
 */
public final class FailedFields {
    private final Map<Integer, Set<String>> items = new HashMap<>();
    private final Map<Integer, Set<String>> bundles = new HashMap<>();

    /** Records that a field of the item at {@code index} (document order) was reported while reading. */
    public void item(int index, String field) {
        items.computeIfAbsent(index, i -> new HashSet<>()).add(field);
    }

    /** Records that a field of the bundle at {@code index} was reported while reading. */
    public void bundle(int index, String field) {
        bundles.computeIfAbsent(index, i -> new HashSet<>()).add(field);
    }

    /** Returns true when a problem at {@code field} of the item would repeat one reported while reading. */
    public boolean coversItem(int index, String field) {
        return covers(items.get(index), field);
    }

    /** Returns true when a problem at {@code field} of the bundle would repeat one reported while reading. */
    public boolean coversBundle(int index, String field) {
        return covers(bundles.get(index), field);
    }

    private static boolean covers(Set<String> failed, String field) {
        if (failed == null) {
            return false;
        }
        for (String f : failed) {
            if (FieldPaths.related(f, field)) {
                return true;
            }
        }
        return false;
    }
}
