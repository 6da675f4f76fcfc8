package org.yichuang.core.intake;

/**
 * One line of the materials checklist as the clerk recorded it (GB/T 39046 表5: 名称、是否收取、收取方式、数量).
 *
 * @param name                 the material's name as the item version lists it
 * @param channel              收取方式; required when received
 * @param originalVerified     原件已核验并退还 (the original was checked and handed back)
 * @param originals            原件份数 kept
 * @param copies               复印件份数 kept
 * @param pages                页数
 * @param problem              what is wrong with a DEFECTIVE material (printed on the 一次性告知书)
 */
public record MaterialCheck(String name, MaterialStatus status, MaterialChannel channel, boolean originalVerified,
        int originals, int copies, int pages, String problem) {

    /** A material received on paper with these counts. */
    public static MaterialCheck received(String name, int originals, int copies, int pages) {
        return new MaterialCheck(name, MaterialStatus.RECEIVED, MaterialChannel.PAPER, false, originals, copies,
                pages, null);
    }

    /** A material fetched by data sharing. */
    public static MaterialCheck shared(String name) {
        return new MaterialCheck(name, MaterialStatus.RECEIVED, MaterialChannel.SHARED_DATA, false, 0, 0, 0, null);
    }

    /** A material not handed in. */
    public static MaterialCheck missing(String name) {
        return new MaterialCheck(name, MaterialStatus.MISSING, null, false, 0, 0, 0, null);
    }

    /** A material handed in but wrong, with what is wrong. */
    public static MaterialCheck defective(String name, String problem) {
        return new MaterialCheck(name, MaterialStatus.DEFECTIVE, MaterialChannel.PAPER, false, 0, 0, 0, problem);
    }

    /** A conditional material whose condition does not apply. */
    public static MaterialCheck notApplicable(String name) {
        return new MaterialCheck(name, MaterialStatus.NOT_APPLICABLE, null, false, 0, 0, 0, null);
    }

    /** Returns true when the material still has to come (missing or wrong). */
    public boolean outstanding() {
        return status == MaterialStatus.MISSING || status == MaterialStatus.DEFECTIVE;
    }
}
