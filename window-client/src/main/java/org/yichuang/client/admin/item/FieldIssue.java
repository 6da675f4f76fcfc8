package org.yichuang.client.admin.item;

/**
 * One thing to fix in the editor: a rule the draft breaks (checked as the administrator types) or a problem the
 * server reported on saving.
 *
 * @param field      the path of the field, as core's rules name it, e.g. {@code materials[2].deferrable}
 * @param message    what is wrong, in Chinese
 * @param fromServer true for a problem the server reported, false for a live check
 */
public record FieldIssue(String field, String message, boolean fromServer) {

    /** Returns true when the issue concerns {@code path} itself or a part of it ({@code materials[2]} → its cells). */
    public boolean concerns(String path) {
        return field != null && (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "["));
    }

    /** Returns the material row the issue is about, or -1. */
    public int materialRow() {
        return indexAfter("materials[");
    }

    /** Returns the special-procedure index the issue is about, or -1. */
    public int procedureIndex() {
        return indexAfter("specialProcedures[");
    }

    private int indexAfter(String prefix) {
        if (field == null || !field.startsWith(prefix)) {
            return -1;
        }
        int end = field.indexOf(']', prefix.length());
        try {
            return end < 0 ? -1 : Integer.parseInt(field.substring(prefix.length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
