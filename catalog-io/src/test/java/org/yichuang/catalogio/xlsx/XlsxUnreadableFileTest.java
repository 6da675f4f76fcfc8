package org.yichuang.catalogio.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.error.Problem;

/** Files that are no .xlsx workbook at all: one CATALOG_FILE_UNREADABLE problem each, never an exception. */
class XlsxUnreadableFileTest {
    private final CatalogFiles files = new CatalogFiles();

    private Problem theOnlyProblem(byte[] content) {
        ParsedCatalog read = files.read(content, CatalogFormat.XLSX, Set.of());
        assertThat(read.document()).isNull();
        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).hasSize(1);
        Problem p = read.problems().get(0);
        assertThat(p.code()).isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(p.sheet()).isNull();
        return p;
    }

    @Test
    void ten_megabytes_of_random_bytes() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(3).nextBytes(junk);

        assertThat(theOnlyProblem(junk).message()).contains(".xlsx");
    }

    @Test
    void random_bytes_behind_a_zip_signature() {
        byte[] junk = new byte[1024 * 1024];
        new Random(4).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;

        theOnlyProblem(junk);
    }

    @Test
    void an_empty_file() {
        assertThat(theOnlyProblem(new byte[0]).message()).contains("空");
    }

    @Test
    void an_old_xls_workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("事项").createRow(0).createCell(0).setCellValue("实施编码");
            xls.write(out);
        }

        assertThat(theOnlyProblem(out.toByteArray()).message()).contains(".xls", "另存为 .xlsx");
    }

    @Test
    void a_password_protected_workbook() throws Exception {
        byte[] plain = new CatalogFiles().write(DemoCatalog.load(), CatalogFormat.XLSX);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("示范县");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }

        assertThat(theOnlyProblem(out.toByteArray()).message()).contains("密码");
    }

    @Test
    void a_zip_that_is_not_an_office_file() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("事项清单".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        theOnlyProblem(out.toByteArray());
    }

    @Test
    void a_word_document() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("实施清单");
            docx.write(out);
        }

        theOnlyProblem(out.toByteArray());
    }

    @Test
    void a_truncated_workbook() {
        byte[] whole = new CatalogFiles().write(DemoCatalog.load(), CatalogFormat.XLSX);

        theOnlyProblem(Arrays.copyOf(whole, whole.length / 2));
    }

    @Test
    void a_json_export_given_as_a_workbook() {
        assertThat(theOnlyProblem(DemoCatalog.bytes()).message()).contains("JSON");
    }

    @Test
    void a_zip_bomb_inside_a_real_workbook(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.xlsx");
        Files.write(real, new CatalogFiles().write(DemoCatalog.load(), CatalogFormat.XLSX));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(real.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeCompressibleSheet(zip);
                } else {
                    try (InputStream entry = in.getInputStream(e)) {
                        entry.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }

        assertThat(theOnlyProblem(out.toByteArray()).message()).contains("压缩炸弹");
    }

    /** 64 MB of one repeated row: a few hundred kilobytes once deflated, far past POI's inflate-ratio limit. */
    private static void writeCompressibleSheet(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] filler = new byte[1024 * 1024];
        Arrays.fill(filler, (byte) ' ');
        for (int i = 0; i < 64; i++) {
            out.write(filler);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
}
