package org.yichuang.reports.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.reports.Poppler;

/**
 * The 80 mm queue ticket rendered through Jasper and read back with poppler: the number, category, people ahead and
 * time (in the hall's zone) are in the text, the CJK font is embedded, the page is the 80 mm roll, and the QR code in
 * the rendered PNG decodes to the hall's public base URL followed by the ticket's phone-page path.
 */
class TicketRenderingTest {
    private static final Path OUT = Path.of("target", "tickets");
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    /** 23:50 UTC on 5 December is 07:50 on 6 December in the hall. */
    private static final Instant ISSUED = Instant.parse("2026-12-05T23:50:00Z");
    private static final HallInfo HALL_INFO = new HallInfo("示范县政务服务中心", "https://zwfw.example.gov.cn/");

    @BeforeAll
    static void clean() throws Exception {
        Poppler.requireInstalled();
        Files.createDirectories(OUT);
    }

    static TicketView ticket(String number, int ahead, PriorityReason priority, String statusPath) {
        return new TicketView(42, number, LocalDate.of(2026, 12, 6), "GENERAL", "综合受理", TicketStatus.WAITING,
                priority, ISSUED, ahead, null, 0, null, null, null, null, statusPath);
    }

    @Test
    void a_ticket_prints_its_number_category_people_ahead_and_the_hall_time_with_the_cjk_font_embedded()
            throws Exception {
        Path pdf = OUT.resolve("ticket-A012.pdf");
        Files.write(pdf, new TicketRenderer(HALL).pdf(TicketData.of(ticket("A012", 7, PriorityReason.ELDERLY,
                "/q/Zk3fT9"), HALL_INFO)));

        String text = Poppler.text(pdf);
        assertThat(text).contains("A012").contains("综合受理").contains("您前面还有 7 人等候")
                .contains("老年人优先").contains("2026-12-06 07:50").contains("示范县政务服务中心")
                .contains("扫码");
        List<String> fonts = Poppler.fontRows(pdf);
        assertThat(fonts).isNotEmpty()
                .allSatisfy(row -> assertThat(row).matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                .anySatisfy(row -> assertThat(row).contains("NotoSansSC-Regular").contains("Identity-H"));
        assertThat(Poppler.run("pdfinfo", pdf.toString())).containsPattern("Page size:\\s+227 x \\d+")
                .containsPattern("Pages:\\s+1\\b");
    }

    @Test
    void the_qr_code_opens_the_phone_page_below_the_halls_public_address() throws Exception {
        Path pdf = OUT.resolve("ticket-B003.pdf");
        Files.write(pdf, new TicketRenderer(HALL).pdf(TicketData.of(ticket("B003", 0, null, "/q/Zk3fT9"),
                HALL_INFO)));
        Path png = OUT.resolve("ticket-B003");
        Poppler.run("pdftoppm", "-png", "-r", "200", "-singlefile", pdf.toString(), png.toString());

        BufferedImage image = ImageIO.read(OUT.resolve("ticket-B003.png").toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("https://zwfw.example.gov.cn/q/Zk3fT9");
        assertThat(Poppler.text(pdf)).contains("B003").contains("您前面没有人等候");
    }

    @Test
    void a_ticket_without_a_phone_page_prints_no_qr_code() throws Exception {
        Path pdf = OUT.resolve("ticket-C001.pdf");
        Files.write(pdf, new TicketRenderer(HALL).pdf(TicketData.of(ticket("C001", 2, null, null), HALL_INFO)));
        assertThat(Poppler.text(pdf)).contains("C001").doesNotContain("扫码");
        assertThat(TicketData.of(ticket("C001", 2, null, null), HALL_INFO).statusUrl()).isNull();
    }
}
