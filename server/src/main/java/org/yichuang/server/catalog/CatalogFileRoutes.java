package org.yichuang.server.catalog;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.Downloads;
import org.yichuang.server.web.RequestBodies;

/** HTTP for whole-catalog files: import (导入) and export (导出) as JSON or .xlsx. */
public final class CatalogFileRoutes {
    /** The import route; its body cap is {@link #MAX_IMPORT_BYTES}, not the server-wide one. */
    public static final String IMPORT_PATH = "/api/catalog/import";
    /** A 5,000-item workbook is a few MB; 32 MB leaves room without letting one upload exhaust the heap. */
    public static final long MAX_IMPORT_BYTES = 32L * 1024 * 1024;

    private final CatalogImportService imports;
    private final CatalogExportService exports;
    private final RequestBodies bodies;

    /** Serves the services' answers. */
    public CatalogFileRoutes(CatalogImportService imports, CatalogExportService exports, RequestBodies bodies) {
        this.imports = imports;
        this.exports = exports;
        this.bodies = bodies;
    }

    /** POST /api/catalog/import: the body is the file, its format given by Content-Type. */
    public void importFile(Context ctx) {
        CatalogFormat format = mediaType(ctx.contentType()).orElseThrow(() -> new DomainException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "导入文件的内容类型应为 application/json（事项库 JSON）或 "
                        + CatalogFormat.XLSX.mediaType() + "（Excel 工作簿）。"));
        byte[] content = bodies.readBytes(ctx);
        ctx.json(imports.importFile(Actor.of(AuthHandler.principal(ctx)), content, format));
    }

    /** GET /api/catalog/export?format=json|xlsx: the file as an attachment named 事项库-yyyyMMdd.xlsx. */
    public void export(Context ctx) {
        String requested = ctx.queryParam("format");
        CatalogFormat format = Arrays.stream(CatalogFormat.values())
                .filter(f -> f.extension().equalsIgnoreCase(requested == null ? "" : requested.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.MALFORMED_REQUEST, "format 应为 json 或 xlsx。"));
        CatalogExportService.Export file = exports.export(Actor.of(AuthHandler.principal(ctx)), format);
        ctx.contentType(file.format().mediaType());
        ctx.header("Content-Disposition", Downloads.attachment(file.fileName(),
                "catalog" + file.fileName().substring(file.fileName().indexOf('-'))));
        ctx.result(file.content());
    }

    private static Optional<CatalogFormat> mediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(CatalogFormat.values()).filter(f -> f.mediaType().equals(type)).findFirst();
    }
}
