package org.yichuang.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.Screenshots;
import org.yichuang.client.testing.SwingTestBase;
import org.yichuang.client.ui.CjkFonts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * A name with rare characters (生僻字) of CJK Extensions B–F in the intake form: the field's font must draw them
 * with the bundled HanaMinB (the last link of the font chain), not as boxes.
 */
class RareNameDisplayTest extends SwingTestBase {
    /** 张 + 𠮷 (B) + 华 + the first ideograph of Extensions C, D, E and F. */
    private static final String NAME = "张" + new String(Character.toChars(0x20BB7)) + "华"
            + new String(Character.toChars(0x2A700)) + new String(Character.toChars(0x2B740))
            + new String(Character.toChars(0x2B820)) + new String(Character.toChars(0x2CEB0));
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private FrameFixture window;
    private JTextField nameField;

    @BeforeEach
    void showIntakeWithARareName() {
        FakeHallApi api = new FakeHallApi();
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        JFrame frame = GuiActionRunner.execute(() -> {
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            IntakePresenter presenter = new IntakePresenter(api, new FakeBackgroundTasks(), messages, LocalDate::now,
                    () -> UUID.randomUUID().toString(), receipt -> { });
            IntakePanel panel = new IntakePanel(messages, presenter, new CreateCaseAction(messages, presenter),
                    new PrintGuideAction(messages, presenter, entry -> { }));
            JFrame f = new JFrame();
            f.setContentPane(panel);
            f.setSize(1100, 700);
            presenter.loadItems();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
        awaitShowing(frame, IntakePanel.NAME_FIELD);
        nameField = (JTextField) window.textBox(IntakePanel.NAME_FIELD).target();
        // an input method types a supplementary character as one commit; setText is what it amounts to
        GuiActionRunner.execute(() -> nameField.setText(NAME));
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void the_name_field_font_can_display_every_extension_b_to_f_character() {
        window.textBox(IntakePanel.NAME_FIELD).requireText(NAME);
        Font font = GuiActionRunner.execute(() -> nameField.getFont());

        assertThat(font.canDisplayUpTo(NAME)).isEqualTo(-1);
        assertThat(font.canDisplayUpTo(CjkFonts.EXTENSIONS_B_TO_F)).isEqualTo(-1);
        // the look and feel's fonts, not only this field's: tables and labels show names too
        for (String key : new String[] {"defaultFont", "TextField.font", "Table.font", "Label.font", "List.font"}) {
            assertThat(UIManager.getFont(key).canDisplayUpTo(NAME)).as(key).isEqualTo(-1);
        }
        Screenshots.save(robot, window.target(), "intake-rare-name");
    }

    @Test
    void each_rare_character_is_drawn_with_the_hanaminb_glyph_not_a_box() {
        Font font = GuiActionRunner.execute(() -> nameField.getFont());
        Font hanaMinB = CjkFonts.load(BundledFonts.fallback()).deriveFont(font.getSize2D());
        Font firstFace = new Font(font.getFamily(), font.getStyle(), font.getSize());   // the chain's head alone

        NAME.codePoints().filter(Character::isSupplementaryCodePoint).forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            assertThat(outline(font, ch)).as("U+%X in the field's font", cp).isEqualTo(outline(hanaMinB, ch));
            assertThat(outline(firstFace, ch)).as("U+%X without the fallback", cp).isNotEqualTo(outline(hanaMinB, ch));
        });
        // common characters keep their own face (Noto Sans SC or the system's), not HanaMinB's Mincho
        assertThat(outline(font, "张")).isEqualTo(outline(firstFace, "张")).isNotEqualTo(outline(hanaMinB, "张"));
    }

    private static Rectangle outline(Font font, String text) {
        return font.createGlyphVector(FRC, text).getOutline().getBounds();
    }
}
