package org.yichuang.client.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.client.admin.item.ItemEditorPane;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.admin.transfer.ImportProblemsDialog;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.app.LaunchOptions;
import org.yichuang.client.main.MainFrame;
import org.yichuang.client.net.HttpHallApi;
import org.yichuang.client.signin.SignInDialog;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.TestServer;

/**
 * An administrator signs in without a counter against the real server, changes an item, saves it, and imports a
 * broken catalog file through the real file chooser.
 */
class CatalogAdminEndToEndTest extends SwingTestBase {
    private static final Duration SLOW = Duration.ofSeconds(90);
    private static TestServer server;
    private final AtomicBoolean exited = new AtomicBoolean();
    private Preferences node;
    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    @Test
    void an_administrator_changes_an_item_and_sees_every_problem_of_a_broken_import() throws Exception {
        node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
        LaunchOptions options = new LaunchOptions(server.baseUrl(), null, null, null, "light", Locale.SIMPLIFIED_CHINESE);
        GuiActionRunner.execute(() -> ClientApp.create(options, new ClientPrefs(node), () -> exited.set(true)).start());

        DialogFixture signIn = WindowFinder.findDialog(SignInDialog.NAME).withTimeout(10_000).using(robot);
        awaitShowing(signIn.target(), SignInDialog.USERNAME_FIELD);
        signIn.textBox(SignInDialog.COUNTER_FIELD).requireEmpty();
        signIn.textBox(SignInDialog.USERNAME_FIELD).enterText(server.username(Role.ADMIN));
        signIn.textBox(SignInDialog.PASSWORD_FIELD).enterText(server.password(Role.ADMIN));
        signIn.button(SignInDialog.SIGN_IN_BUTTON).click();

        long clicked = System.nanoTime();
        FrameFixture main = WindowFinder.findFrame(MainFrame.NAME).withTimeout(SLOW.toMillis()).using(robot);
        awaitShowing(main.target(), ItemListPane.FILTER_FIELD);
        JTable items = main.table(ItemListPane.TABLE).target();
        await().atMost(SLOW).pollInterval(Duration.ofMillis(20)).until(() -> GuiActionRunner.execute(
                () -> items.getRowCount() > 0
                        && !"…".equals(items.getValueAt(items.getRowCount() - 1, ItemListPane.COLUMN_VERSION))));
        System.out.printf("[figure] sign-in click to item list with every version shown (%d items): %d ms%n",
                GuiActionRunner.execute(items::getRowCount), (System.nanoTime() - clicked) / 1_000_000);
        main.menuItemWithPath("事项管理(M)").requireVisible();

        String code = server.anyItemCode();
        HttpHallApi second = new HttpHallApi(URI.create(server.baseUrl()));
        second.signIn(new SignInRequest(server.username(Role.ADMIN), server.password(Role.ADMIN), null));
        VersionedItem before = second.getItem(code);

        main.textBox(ItemListPane.FILTER_FIELD).enterText(code);
        main.table(ItemListPane.TABLE).requireRowCount(1).selectRows(0);
        // the title label is found only once the editor card shows, i.e. when the item has loaded: retry until then
        await().atMost(SLOW).ignoreExceptions()
                .untilAsserted(() -> main.label(ItemEditorPane.TITLE_LABEL).requireText(before.item().name()));
        javax.swing.text.JTextComponent conditions = main.textBox("admin.item.conditions").target();
        main.textBox("admin.item.conditions").focus();
        GuiActionRunner.execute(() -> conditions.setCaretPosition(conditions.getDocument().getLength()));
        main.textBox("admin.item.conditions").enterText("（端到端测试补充）");
        main.button(ItemEditorPane.SAVE_BUTTON).requireEnabled();
        Screenshots.save(robot, main.target(), "admin-main");
        main.button(ItemEditorPane.SAVE_BUTTON).click();

        await().atMost(SLOW).untilAsserted(() -> assertThat(second.getItem(code).version())
                .isEqualTo(before.version() + 1));
        VersionedItem after = second.getItem(code);
        assertThat(after.item().conditions()).endsWith("（端到端测试补充）");
        assertThat(after.recordedBy()).isEqualTo(server.username(Role.ADMIN));
        await().atMost(SLOW).untilAsserted(() -> assertThat(main.label(ItemEditorPane.VERSION_LABEL).text())
                .contains("第 " + after.version() + " 版（现行）"));

        Path broken = dir.resolve("broken-catalog.json");
        Files.write(broken, brokenJson(second.exportCatalog(CatalogFormat.JSON)));
        main.button(CatalogAdminPanel.IMPORT_BUTTON).click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.setCurrentDirectory(dir.toFile());
        chooser.selectFile(broken.toFile());
        chooser.approve();

        DialogFixture problems = WindowFinder.findDialog(ImportProblemsDialog.NAME).withTimeout(SLOW.toMillis())
                .using(robot);
        awaitShowing(problems.target(), ImportProblemsDialog.TABLE);
        String[][] rows = problems.table(ImportProblemsDialog.TABLE).contents();
        assertThat(Arrays.asList(rows)).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(row -> assertThat(row[4]).contains("超过法定办结时限"))
                .allSatisfy(row -> assertThat(row[3]).startsWith("items["));
        problems.button(ImportProblemsDialog.CLOSE_BUTTON).click();
        assertThat(second.getItem(code).version()).as("nothing imported").isEqualTo(after.version());
        second.signOut();
    }

    /** The exported catalog with one promised limit beyond the statutory one and one duplicate code. */
    private static byte[] brokenJson(byte[] exported) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(exported);
        ArrayNode list = doc.withArray("items");
        ObjectNode first = (ObjectNode) list.get(0);
        ((ObjectNode) first.get("promisedLimit")).put("value", first.get("statutoryLimit").get("value").asInt() + 30);
        ((ObjectNode) first.get("promisedLimit")).put("unit", first.get("statutoryLimit").get("unit").asText());
        ObjectNode third = (ObjectNode) list.get(2);
        ObjectNode second = (ObjectNode) list.get(1);
        for (String field : new String[] {"implementationCode", "baseCode", "departmentCreditCode"}) {
            third.put(field, second.get(field).asText());
        }
        return mapper.writeValueAsBytes(doc);
    }
}
