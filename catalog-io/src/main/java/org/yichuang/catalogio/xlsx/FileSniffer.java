package org.yichuang.catalogio.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells, from the first bytes, files that cannot be an .xlsx workbook, and says what they are instead: an old .xls,
 * a password-protected workbook (both OLE2 containers), a JSON export, or something else entirely.
 */
final class FileSniffer {
    private FileSniffer() {
    }

    /** Returns why the content is refused, or empty when it is a zip file worth opening. */
    static Optional<String> refusal(byte[] content) {
        if (content.length == 0) {
            return Optional.of("文件为空。");
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OOXML) {
            return Optional.empty();
        }
        if (magic == FileMagic.OLE2) {
            return Optional.of(isEncrypted(content)
                    ? "工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再导入。"
                    : "这是旧版 Excel 97-2003 工作簿（.xls）或其他 Office 文件，请在 Excel 中另存为 .xlsx 后再导入。");
        }
        if (looksLikeJson(content)) {
            return Optional.of("这是 JSON 文件，不是 Excel 工作簿（.xlsx）；请按 JSON 格式导入。");
        }
        return Optional.of("不是 Excel 工作簿（.xlsx）文件。");
    }

    /** An encrypted OOXML file is an OLE2 container holding EncryptionInfo and the encrypted package. */
    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;   // a damaged OLE2 file gets the .xls message, which is still the right advice
        }
    }

    private static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }
}
