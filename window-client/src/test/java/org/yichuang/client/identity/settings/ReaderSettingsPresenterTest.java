package org.yichuang.client.identity.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.core.identity.DocumentType;

/** 读卡器设置 without a dialog: remembered per counter, auto-detect over the candidate ports, 测试读卡 says the kind only. */
class ReaderSettingsPresenterTest {
    private final Preferences node = Preferences.userRoot().node("org/yichuang/client-test/" + UUID.randomUUID());
    private final ReaderSettingsStore store = new ReaderSettingsStore(new ClientPrefs(node));
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final org.yichuang.client.ui.Messages messages =
            new org.yichuang.client.ui.Messages(java.util.Locale.SIMPLIFIED_CHINESE);
    private final List<String> tried = new ArrayList<>();
    private final List<ReaderSettings> saved = new ArrayList<>();

    @AfterEach
    void removePrefs() throws Exception {
        node.removeNode();
    }

    private final ReaderDevices devices = new ReaderDevices() {
        @Override
        public List<String> serialPorts() {
            return List.of("/dev/ttyS0", "/dev/ttyUSB0");
        }

        @Override
        public Optional<String> detectSerialPort(List<String> candidates) {
            tried.addAll(candidates);
            return candidates.contains("/dev/ttyUSB0") ? Optional.of("/dev/ttyUSB0") : Optional.empty();
        }

        @Override
        public List<String> pcscTerminals() throws CardReadException {
            throw new CardReadException(CardReadException.Reason.READER_UNAVAILABLE, "智能卡服务未启动");
        }

        @Override
        public IdentityReader open(ReaderSettings settings) {
            return new IdentityReader() {
                @Override
                public String describe() {
                    return "身份证阅读器 " + settings.serialPort();
                }

                @Override
                public IdentityCard read(Duration timeout) {
                    return new IdentityCard(DocumentType.RESIDENT_ID, "11010519491231002X", "张三", null, "男", "汉",
                            LocalDate.of(1949, 12, 31), "北京市", "北京市公安局", null, null, true, null,
                            CardKind.RESIDENT_ID_CARD, Optional.empty());
                }

                @Override
                public void cancel() {
                }

                @Override
                public void close() {
                }
            };
        }
    };

    @Test
    void settings_are_remembered_per_counter_with_warn_and_read_on_insert_by_default() {
        assertThat(store.load(3)).isEqualTo(ReaderSettings.DEFAULT);
        assertThat(ReaderSettings.DEFAULT.expiredPolicy()).isEqualTo(ExpiredCardPolicy.WARN);

        ReaderSettings pcsc = new ReaderSettings(ReaderKind.PCSC, null, "Virtual PCD 00 00", false,
                ExpiredCardPolicy.BLOCK);
        ReaderSettingsPresenter presenter = new ReaderSettingsPresenter(store, 3, devices, tasks, messages, saved::add);
        presenter.edit(pcsc);
        presenter.save();

        assertThat(store.load(3)).isEqualTo(pcsc);
        assertThat(store.load(4)).isEqualTo(ReaderSettings.DEFAULT);
        assertThat(saved).containsExactly(pcsc);
    }

    @Test
    void auto_detect_tries_the_typed_and_listed_ports_and_chooses_the_one_that_answers() {
        ReaderSettingsPresenter presenter = new ReaderSettingsPresenter(store, 3, devices, tasks, messages, saved::add);
        presenter.refreshDevices();
        assertThat(presenter.status()).isEqualTo("智能卡服务未启动");
        presenter.edit(presenter.settings().withSerialPort("/dev/pts/7"));

        presenter.detect();

        assertThat(tried).containsExactly("/dev/pts/7", "/dev/ttyS0", "/dev/ttyUSB0");
        assertThat(presenter.settings().kind()).isEqualTo(ReaderKind.SAM_SERIAL);
        assertThat(presenter.settings().serialPort()).isEqualTo("/dev/ttyUSB0");
        assertThat(presenter.status()).isEqualTo("已找到身份证阅读器：/dev/ttyUSB0");
    }

    @Test
    void a_test_read_names_the_kind_of_card_and_nothing_it_says() {
        ReaderSettingsPresenter presenter = new ReaderSettingsPresenter(store, 3, devices, tasks, messages, saved::add);
        presenter.edit(presenter.settings().withKind(ReaderKind.SAM_SERIAL).withSerialPort("/dev/ttyUSB0"));

        presenter.testRead();

        assertThat(presenter.status()).isEqualTo("读卡成功：居民身份证（身份证阅读器 /dev/ttyUSB0）。")
                .doesNotContain("张三").doesNotContain("110105");
        assertThat(presenter.isBusy()).isFalse();
    }
}
