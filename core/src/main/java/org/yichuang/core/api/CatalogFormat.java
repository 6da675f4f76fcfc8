package org.yichuang.core.api;

/** The two file formats a catalog (事项库) is imported from and exported to. */
public enum CatalogFormat {
    /** The documented JSON document (docs/catalog-format.md). */
    JSON("application/json", "json"),
    /** An Excel workbook laid out like a hall's 实施清单 (docs/catalog-format.md, “Excel 工作簿”). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    CatalogFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Returns the HTTP media type of the format. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
