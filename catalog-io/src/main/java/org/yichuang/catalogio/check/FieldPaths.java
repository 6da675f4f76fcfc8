package org.yichuang.catalogio.check;

/** Field paths such as {@code materials[2].deferrable}, as {@code Violation.field()} and JSON problems use them. */
public final class FieldPaths {
    private FieldPaths() {
    }

    /** Returns true when one path is the other or lies inside it: {@code promisedLimit}, {@code promisedLimit.unit}. */
    public static boolean related(String a, String b) {
        return a.equals(b) || isUnder(a, b) || isUnder(b, a);
    }

    /** Returns true when {@code child} lies strictly inside {@code parent}; the empty path is the whole entry. */
    public static boolean isUnder(String child, String parent) {
        if (parent.isEmpty()) {
            return !child.isEmpty();
        }
        if (child.length() <= parent.length() || !child.startsWith(parent)) {
            return false;
        }
        char next = child.charAt(parent.length());
        return next == '.' || next == '[';
    }

    /** Joins a prefix and a relative path: {@code join("items[3]", "fee.basis")} is {@code items[3].fee.basis}. */
    public static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
