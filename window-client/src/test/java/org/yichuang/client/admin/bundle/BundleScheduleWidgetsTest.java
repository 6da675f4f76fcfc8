package org.yichuang.client.admin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.admin.CatalogAdmin;
import org.yichuang.client.admin.CatalogAdminPanel;
import org.yichuang.client.admin.item.ItemListPane;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;

/** 办理方式 and 一件事承诺时限 in the bundle editor, driven through the widgets against the in-memory hall. */
class BundleScheduleWidgetsTest extends SwingTestBase {
    private final AdminFixture f = new AdminFixture();
    private FrameFixture window;

    @BeforeEach
    void showPanel() {
        JFrame frame = GuiActionRunner.execute(() -> {
            CatalogAdmin admin = new CatalogAdmin(f.api, f.tasks, f.messages, f.prompts, f.files, AdminFixture.CLOCK);
            JFrame w = new JFrame("事项管理");
            w.setContentPane(admin.panel());
            w.setSize(1366, 768);   // the smallest screen we support; it fits the test display (1440×900)
            admin.load();
            return w;
        });
        window = new FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1366, 768));
        awaitShowing(frame, ItemListPane.FILTER_FIELD);
        window.tabbedPane(CatalogAdminPanel.TABS).selectTab(1);
    }

    private void open(String code) {
        String[][] rows = window.table(BundlePane.BUNDLE_TABLE).contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][1].equals(code)) {
                window.table(BundlePane.BUNDLE_TABLE).selectRows(i);
                return;
            }
        }
        throw new AssertionError("no bundle " + code);
    }

    private ServiceBundle stored(String code) {
        return f.api.listBundles().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_256_bundle_shows_its_order_and_half_day() {
        open("BUNDLE-QIYEKAIBAN");

        window.comboBox(BundlePane.RUN_MODE_BOX).requireSelection("串联办理（按顺序，前一事项到期后下一事项开始）");
        window.textBox(BundlePane.LIMIT_FIELD).requireText("4");
        window.comboBox(BundlePane.LIMIT_UNIT_BOX).requireSelection("小时");
        window.label(BundlePane.ISSUES_LABEL).requireText(" ");
        window.button(BundlePane.SAVE_BUTTON).requireDisabled();
    }

    @Test
    void a_limit_beyond_a_members_statutory_limit_blocks_saving_and_a_lawful_one_is_saved_with_the_mode() {
        open("BUNDLE-CANYIN");
        window.comboBox(BundlePane.RUN_MODE_BOX).requireSelection("并联办理（各事项同时办理）");
        window.textBox(BundlePane.LIMIT_FIELD).requireText("");

        window.textBox(BundlePane.LIMIT_FIELD).enterText("4");
        window.comboBox(BundlePane.LIMIT_UNIT_BOX).selectItem("工作日");

        // 个体工商户登记 allows 3 working days by law
        assertThat(window.label(BundlePane.ISSUES_LABEL).text()).contains("个体工商户登记", "3个工作日");
        window.button(BundlePane.SAVE_BUTTON).requireDisabled();

        window.textBox(BundlePane.LIMIT_FIELD).setText("");
        window.textBox(BundlePane.LIMIT_FIELD).enterText("两天");
        assertThat(window.label(BundlePane.ISSUES_LABEL).text()).contains("一件事承诺时限须为整数");
        window.button(BundlePane.SAVE_BUTTON).requireDisabled();

        window.textBox(BundlePane.LIMIT_FIELD).setText("");
        window.textBox(BundlePane.LIMIT_FIELD).enterText("2");
        window.comboBox(BundlePane.RUN_MODE_BOX).selectItem(1);
        window.label(BundlePane.ISSUES_LABEL).requireText(" ");
        window.button(BundlePane.SAVE_BUTTON).requireEnabled().click();

        ServiceBundle saved = stored("BUNDLE-CANYIN");
        assertThat(saved.runMode()).isEqualTo(BundleRunMode.SEQUENTIAL);
        assertThat(saved.promisedLimit()).isEqualTo(new TimeLimit(2, LimitUnit.WORKING_DAYS));

        window.textBox(BundlePane.LIMIT_FIELD).setText("");
        window.comboBox(BundlePane.RUN_MODE_BOX).selectItem(0);
        window.button(BundlePane.SAVE_BUTTON).requireEnabled().click();
        assertThat(stored("BUNDLE-CANYIN").promisedLimit()).isNull();
        assertThat(stored("BUNDLE-CANYIN").runMode()).isEqualTo(BundleRunMode.PARALLEL);
    }
}
