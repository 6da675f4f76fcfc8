package org.yichuang.client.testing;

import java.time.Duration;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The previous test's last window closes, then the next test's robot starts and its first dialog opens. Without
 * {@link SwingTestBase#runPendingWindowEvents()} between them the robot ignored that dialog in 13 of 20 runs here.
 */
class NextTestFindsItsFirstDialogTest {
    @RepeatedTest(5)
    void a_dialog_shown_right_after_the_previous_tests_last_window_closed_is_found() throws Exception {
        JDialog previous = GuiActionRunner.execute(() -> dialog("previous"));
        GuiActionRunner.execute(previous::dispose);
        SwingTestBase.runPendingWindowEvents();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        try {
            GuiActionRunner.execute(() -> dialog("next"));
            WindowFinder.findDialog("next").withTimeout(Duration.ofSeconds(5).toMillis()).using(robot).requireVisible();
        } finally {
            robot.cleanUp();
        }
    }

    private static JDialog dialog(String name) {
        JDialog d = new JDialog();
        d.setName(name);
        d.setVisible(true);
        return d;
    }
}
