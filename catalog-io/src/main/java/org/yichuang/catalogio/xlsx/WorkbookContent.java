package org.yichuang.catalogio.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The parts of an .xlsx file the import needs: its title (document property) and the named sheets as tables.
 * Opens the package from a temporary file so POI reads zip entries on demand instead of inflating all of them.
 */
final class WorkbookContent {
    /** A sheet of a realistic 100,000-row import stays well under this; a zip bomb does not. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        // POI keeps its zip-bomb limits in static settings; these are the same for every reader in the JVM
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** The file cannot be read as a workbook; the message says why, in Chinese. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** A sheet holds more rows than one import takes. */
    static final class TooManyRows extends Exception {
        private final String sheet;

        TooManyRows(String sheet) {
            super(sheet);
            this.sheet = sheet;
        }

        String sheet() {
            return sheet;
        }
    }

    private final String title;
    private final Map<String, SheetTable> sheets;

    private WorkbookContent(String title, Map<String, SheetTable> sheets) {
        this.title = title;
        this.sheets = Map.copyOf(sheets);
    }

    /** Returns the document title (文件属性 → 标题), or {@code null}. */
    String title() {
        return title;
    }

    /** Returns the sheet with the name (surrounding blanks ignored), or {@code null} when the file has none. */
    SheetTable sheet(String name) {
        return sheets.get(name);
    }

    /** Reads the sheets named in {@code wanted}; other sheets (such as 说明) are not even parsed. */
    static WorkbookContent load(byte[] content, Set<String> wanted, int maxRows) throws Unreadable, TooManyRows {
        Path file = null;
        try {
            file = Files.createTempFile("yichuang-catalog-", ".xlsx");
            Files.write(file, content);
            return read(file, wanted, maxRows);
        } catch (IOException e) {
            throw new Unreadable(reason(e));
        } finally {
            deleteQuietly(file);
        }
    }

    private static WorkbookContent read(Path file, Set<String> wanted, int maxRows)
            throws Unreadable, TooManyRows, IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new Unreadable(reason(e));
        }
        try {
            if (!isSpreadsheet(pkg)) {
                throw new Unreadable("这是 Office 文件，但不是 Excel 工作簿（.xlsx）。");
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            String title = pkg.getPackageProperties().getTitleProperty().orElse(null);
            Map<String, SheetTable> sheets = new HashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName().strip();
                    if (wanted.contains(name) && !sheets.containsKey(name)) {
                        sheets.put(name, parse(in, name, strings, maxRows));
                    }
                }
            }
            return new WorkbookContent(title, sheets);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new Unreadable(reason(e));
        } finally {
            pkg.revert();   // opened read-only: close without writing anything back
        }
    }

    /** A .docx or .pptx is a zip package too; .xlsb has binary sheets the stream reader cannot read. */
    private static boolean isSpreadsheet(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() == 0) {
            return false;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        return type.endsWith("main+xml") && (type.contains("spreadsheetml") || type.contains("ms-excel"));
    }

    private static SheetTable parse(InputStream in, String name, ReadOnlySharedStringsTable strings, int maxRows)
            throws IOException, SAXException, ParserConfigurationException, TooManyRows {
        SheetXmlHandler handler = new SheetXmlHandler(name, strings, maxRows);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SheetXmlHandler.TooManyRows e) {
            throw new TooManyRows(name);
        }
        return handler.table();
    }

    /** Names the reason in Chinese; a zip bomb and a damaged file need different advice. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the maximum")
                    || message.contains("max entry")) {
                return "文件解压后的内容异常庞大（疑似“压缩炸弹”），已拒绝读取。";
            }
        }
        return "文件无法作为 Excel 工作簿（.xlsx）读取，可能已损坏或不是 Excel 文件。";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();   // a leftover temp file is not worth failing an import for
            }
        }
    }
}
