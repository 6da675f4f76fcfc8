package org.yichuang.client.identity.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;

/**
 * State of the 读卡器设置 dialog: the settings being edited, the ports and terminals found, and what the last
 * detection or test read said. Device calls go through the background funnel; the test read names only the kind of
 * card it found, never what it says.
 */
public final class ReaderSettingsPresenter extends ObservableModel<ReaderSettingsPresenter.Property> {
    /** Observable properties. */
    public enum Property { SETTINGS, PORTS, TERMINALS, STATUS, BUSY }

    /** How long 测试读卡 waits for a card. */
    static final Duration TEST_READ_WAIT = Duration.ofSeconds(5);

    private final ReaderSettingsStore store;
    private final int counterNo;
    private final ReaderDevices devices;
    private final BackgroundTasks tasks;
    private final Consumer<ReaderSettings> onSaved;
    private final Messages messages;
    private ReaderSettings settings;
    private List<String> ports = List.of();
    private List<String> terminals = List.of();
    private String status = "";
    private boolean busy;

    /**
     * Edits counter {@code counterNo}'s settings.
     *
     * @param onSaved runs on the EDT with the settings saved
     */
    public ReaderSettingsPresenter(ReaderSettingsStore store, int counterNo, ReaderDevices devices,
            BackgroundTasks tasks, Messages messages, Consumer<ReaderSettings> onSaved) {
        this.store = store;
        this.messages = messages;
        this.counterNo = counterNo;
        this.devices = devices;
        this.tasks = tasks;
        this.onSaved = onSaved;
        this.settings = store.load(counterNo);
    }

    public ReaderSettings settings() {
        return settings;
    }

    public List<String> ports() {
        return ports;
    }

    public List<String> terminals() {
        return terminals;
    }

    /** Returns what the last detection, listing or test said (Chinese), or "". */
    public String status() {
        return status;
    }

    public boolean isBusy() {
        return busy;
    }

    /** Returns the counter whose settings these are. */
    public int counterNo() {
        return counterNo;
    }

    /** Replaces the settings being edited (not saved yet). */
    public void edit(ReaderSettings value) {
        ReaderSettings old = settings;
        settings = value;
        fire(Property.SETTINGS, old, settings);
    }

    /** Lists the serial ports and the PC/SC terminals, off the EDT. */
    public void refreshDevices() {
        run(() -> {
            List<String> p = devices.serialPorts();
            List<String> t;
            String why = "";
            try {
                t = devices.pcscTerminals();
            } catch (CardReadException e) {
                t = List.of();
                why = e.getMessage();
            }
            return new Listing(p, t, why);
        }, listing -> {
            setPorts(listing.ports());
            setTerminals(listing.terminals());
            setStatus(listing.problem().isEmpty()
                    ? messages.text("readerSettings.found", listing.ports().size(), listing.terminals().size())
                    : listing.problem());
        });
    }

    /** Tries each candidate serial port (the listed ones and the one typed in) for a SAM reader (自动检测). */
    public void detect() {
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        if (settings.serialPort() != null) {
            candidates.add(settings.serialPort());
        }
        candidates.addAll(ports);
        List<String> tried = new ArrayList<>(candidates);
        setStatus(messages.text("readerSettings.detecting", tried.size()));
        run(() -> {
            List<String> all = new ArrayList<>(tried);
            if (all.isEmpty()) {
                all.addAll(devices.serialPorts());
            }
            return new Detection(devices.detectSerialPort(all), all.size());
        }, found -> {
            if (found.port().isPresent()) {
                edit(settings.withKind(ReaderKind.SAM_SERIAL).withSerialPort(found.port().get()));
                setStatus(messages.text("readerSettings.detected", found.port().get()));
            } else {
                setStatus(messages.text("readerSettings.notDetected", found.tried()));
            }
        });
    }

    /** Reads one card with the settings being edited and says which kind it was (测试读卡). */
    public void testRead() {
        ReaderSettings tested = settings;
        setStatus(messages.text("readerSettings.testWaiting", TEST_READ_WAIT.toSeconds()));
        run(() -> {
            try (IdentityReader reader = devices.open(tested)) {
                IdentityCard card = reader.read(TEST_READ_WAIT);
                return messages.text("readerSettings.testOk", card.cardKind().label(), reader.describe());
            } catch (CardReadException e) {
                return messages.text("readerSettings.testFailed", e.getMessage());
            }
        }, this::setStatus);
    }

    /** Saves the settings for this counter. */
    public void save() {
        store.save(counterNo, settings);
        onSaved.accept(settings);
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> done) {
        setBusy(true);
        tasks.submit(work, result -> {
            setBusy(false);
            done.accept(result);
        }, failure -> {
            setBusy(false);
            setStatus(messages.text("readerSettings.failed",
                    Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName())));
        });
    }

    private void setPorts(List<String> value) {
        List<String> old = ports;
        ports = List.copyOf(value);
        fire(Property.PORTS, old, ports);
    }

    private void setTerminals(List<String> value) {
        List<String> old = terminals;
        terminals = List.copyOf(value);
        fire(Property.TERMINALS, old, terminals);
    }

    private void setStatus(String value) {
        String old = status;
        status = value;
        fire(Property.STATUS, old, status);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
    }

    private record Listing(List<String> ports, List<String> terminals, String problem) {
    }

    private record Detection(Optional<String> port, int tried) {
    }
}
