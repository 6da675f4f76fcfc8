package org.yichuang.catalogio;

import java.util.List;
import java.util.stream.Collectors;
import org.yichuang.core.error.Problem;

/** Renders problems compactly so a failing assertion shows everything that was reported. */
public final class ProblemAssert {
    private ProblemAssert() {
    }

    /** One line per problem: {@code 事项!T2 [到现场次数] CATALOG_VALUE_INVALID 应填写…}. */
    public static String describe(List<Problem> problems) {
        return problems.stream().map(ProblemAssert::line).collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** A location key {@code sheet!column+row code} to compare exactly. */
    public static String key(Problem p) {
        return p.sheet() + "!" + p.column() + p.row() + " " + p.code();
    }

    private static String line(Problem p) {
        return (p.sheet() == null ? p.field() : p.sheet() + "!" + p.column() + p.row() + " [" + p.field() + "]") + " "
                + p.code() + " " + p.message();
    }
}
