package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/**
 * Renders every page of the demo catalog, checks each is well-formed with title and viewport, and leaves them in
 * target/guide-pages for a look in a browser (the file names are the codes the routes use).
 */
class DemoPagesTest {
    private static final Path OUT = Path.of("target", "guide-pages");

    @Test
    void every_demo_item_bundle_and_the_index_render_as_well_formed_pages() throws IOException {
        DemoGuides demo = DemoGuides.load();
        GuidePages pages = new GuidePages(DemoGuides::zone);
        Files.createDirectories(OUT);
        int written = 0;
        for (ServiceItem item : demo.catalog().items()) {
            written += check(item.implementationCode(), pages.item(DemoGuides.HALL, DemoGuides.version(item)),
                    item.name());
        }
        for (ServiceBundle bundle : demo.catalog().bundles()) {
            written += check(bundle.code(), pages.bundle(DemoGuides.HALL, bundle, demo.members(bundle)),
                    bundle.name());
        }
        written += check("index", pages.index(DemoGuides.HALL, demo.versions(), demo.catalog().bundles()), "事项目录");
        written += check("not-found", pages.notFound(DemoGuides.HALL), "未找到办事指南");

        assertThat(written).isEqualTo(45 + 5 + 2);
    }

    private static int check(String name, String html, String subject) throws IOException {
        PageXml page = PageXml.parse(html);
        assertThat(page.text("/html/head/title")).as(name).startsWith(subject + " - 办事指南 - ");
        assertThat(page.all("/html[@lang='zh-CN']/head/meta[@name='viewport']")).as(name).hasSize(1);
        assertThat(page.all("/html/head/meta[@charset='utf-8']")).as(name).hasSize(1);
        Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        return 1;
    }
}
