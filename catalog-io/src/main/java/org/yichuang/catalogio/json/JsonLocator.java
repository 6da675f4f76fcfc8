package org.yichuang.catalogio.json;

import java.util.List;
import org.yichuang.catalogio.check.FieldPaths;
import org.yichuang.catalogio.check.ProblemLocator;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/** Locates problems by field path, counting entries as the file does (an unreadable entry keeps its number). */
final class JsonLocator implements ProblemLocator {
    private final List<Integer> itemPositions;
    private final List<Integer> bundlePositions;

    /** Takes, for each entry of the document, its index in the file's array. */
    JsonLocator(List<Integer> itemPositions, List<Integer> bundlePositions) {
        this.itemPositions = List.copyOf(itemPositions);
        this.bundlePositions = List.copyOf(bundlePositions);
    }

    @Override
    public Problem item(int index, String field, ErrorCode code, String message) {
        return Problem.at(describeItem(index, field), code, message);
    }

    @Override
    public Problem bundle(int index, String field, ErrorCode code, String message) {
        return Problem.at(FieldPaths.join(describeBundle(index), field), code, message);
    }

    @Override
    public String describeItem(int index, String field) {
        return FieldPaths.join("items[" + itemPositions.get(index) + "]", field);
    }

    @Override
    public String describeBundle(int index) {
        return "bundles[" + bundlePositions.get(index) + "]";
    }
}
