package org.yichuang.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The funnel's waiting tasks (a card reader polled for a card) run off the EDT without making the client busy. */
class SwingBackgroundTasksTest {

    @Test
    void a_waiting_task_is_not_counted_as_busy_and_tells_no_listener_but_still_completes_on_the_edt() throws Exception {
        List<Throwable> central = new CopyOnWriteArrayList<>();
        SwingBackgroundTasks tasks = new SwingBackgroundTasks(central::add);
        List<String> heard = new CopyOnWriteArrayList<>();
        tasks.addListener(new BackgroundTasks.TaskListener() {
            @Override
            public void busyChanged(boolean busy) {
                heard.add("busy " + busy);
            }

            @Override
            public void succeeded() {
                heard.add("succeeded");
            }
        });
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> completedOnEdt = new CopyOnWriteArrayList<>();
        boolean[] busyWhileWaiting = new boolean[1];

        SwingUtilities.invokeAndWait(() -> {
            tasks.submitWaiting(() -> release.await(10, TimeUnit.SECONDS),
                    ok -> completedOnEdt.add(SwingUtilities.isEventDispatchThread()), central::add);
            busyWhileWaiting[0] = tasks.isBusy();
        });
        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !completedOnEdt.isEmpty());

        assertThat(busyWhileWaiting[0]).isFalse();
        assertThat(completedOnEdt).containsExactly(true);
        assertThat(heard).isEmpty();
        assertThat(central).isEmpty();
    }

    @Test
    void an_ordinary_task_is_counted_as_busy_while_it_runs() throws Exception {
        SwingBackgroundTasks tasks = new SwingBackgroundTasks(t -> { });
        CountDownLatch release = new CountDownLatch(1);
        boolean[] busy = new boolean[1];

        SwingUtilities.invokeAndWait(() -> {
            tasks.submit(() -> release.await(10, TimeUnit.SECONDS), ok -> { });
            busy[0] = tasks.isBusy();
        });
        release.countDown();

        assertThat(busy[0]).isTrue();
    }
}
