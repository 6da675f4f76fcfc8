package org.yichuang.catalogio.xlsx;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Reads an .xlsx 实施清单 workbook (sheets 事项, 申请材料, 一件事; docs/catalog-format.md) and reports every problem
 * at its sheet, row and column. A file that is no workbook at all gives one CATALOG_FILE_UNREADABLE problem.
 */
public final class XlsxCatalogReader {
    private final int maxRows;

    /** Creates a reader that refuses sheets with more than {@code maxRows} non-empty rows. */
    public XlsxCatalogReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Reads the workbook; bundle members may name items of {@code existingItemCodes} as well as of the file. */
    public ParsedCatalog read(byte[] content, Set<String> existingItemCodes) {
        return read(content, existingItemCodes, false);
    }

    /** Reads the workbook under the hall's setting whether risky items may allow 容缺. */
    public ParsedCatalog read(byte[] content, Set<String> existingItemCodes, boolean riskyItemsMayDefer) {
        Optional<String> refusal = FileSniffer.refusal(content);
        if (refusal.isPresent()) {
            return unreadable(refusal.get());
        }
        WorkbookContent workbook;
        try {
            workbook = WorkbookContent.load(content, WorkbookCatalog.sheetNames(), maxRows);
        } catch (WorkbookContent.Unreadable e) {
            return unreadable(e.getMessage());
        } catch (WorkbookContent.TooManyRows e) {
            return new ParsedCatalog(null, List.of(new Problem(e.sheet(), null, null, null,
                    ErrorCode.CATALOG_VALUE_INVALID.name(), "工作表“" + e.sheet() + "”超过 " + maxRows
                    + " 行，超出单次导入的上限；请拆分后分批导入。")));
        }
        return new WorkbookCatalog(workbook).read(existingItemCodes, riskyItemsMayDefer);
    }

    private static ParsedCatalog unreadable(String message) {
        return new ParsedCatalog(null, List.of(Problem.at(null, ErrorCode.CATALOG_FILE_UNREADABLE, message)));
    }
}
