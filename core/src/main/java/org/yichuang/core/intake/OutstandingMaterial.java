package org.yichuang.core.intake;

/**
 * A material still to come (待补正 or 容缺), as the 一次性告知书 and the 容缺受理通知书 list it.
 *
 * @param problem what is wrong with a handed-in material; null when it is simply missing
 */
public record OutstandingMaterial(String name, MaterialStatus status, String problem) {

    /** Returns the line printed on the notice, e.g. 「营业执照（不符合要求：复印件不清晰）」. */
    public String line() {
        return name + "（" + status.label() + (problem == null ? "" : "：" + problem) + "）";
    }
}
