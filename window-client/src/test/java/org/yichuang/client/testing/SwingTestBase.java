package org.yichuang.client.testing;

import java.awt.Container;
import java.awt.EventQueue;
import java.time.Duration;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.yichuang.client.app.ClientApp;
import org.yichuang.client.ui.Theme;

/** JUnit 5 base for AssertJ-Swing tests (upstream targets JUnit 4): EDT checks, a fresh robot per test. */
public abstract class SwingTestBase {
    protected Robot robot;

    @BeforeAll
    static void failOnEdtViolationsAndInstallTheme() {
        FailOnThreadViolationRepaintManager.install();
        // always the production path: bundled CJK font, theme keys, FlatLaf window decorations
        GuiActionRunner.execute(() -> ClientApp.installLookAndFeel(Theme.LIGHT));
    }

    @BeforeEach
    void newRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
    }

    /**
     * Waits until the named component shows: without a window manager, Xvfb may map a window after show() returns, and
     * the first window of a JVM also loads the bundled CJK font, which on a busy 2-core machine took over 10 s.
     */
    protected void awaitShowing(Container root, String name) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> robot.finder().findByName(root, name, true).isShowing());
    }

    /**
     * Disposing the test's last window makes Swing's shared owner frame dispose itself in a later event. If the next
     * test's robot saw that close, AssertJ-Swing would ignore every window the shared frame owns by then, the next
     * test's first dialog included ("Timed out waiting for component ... signIn.dialog"). So those events run here,
     * before the next robot starts listening.
     */
    @AfterEach
    void releaseRobot() throws Exception {
        robot.cleanUp();
        runPendingWindowEvents();
    }

    /** Runs the window events already posted and those they post in turn: a WINDOW_CLOSED, then the shared frame's. */
    static void runPendingWindowEvents() throws Exception {
        for (int round = 0; round < 4; round++) {
            EventQueue.invokeAndWait(() -> { });
        }
    }
}
