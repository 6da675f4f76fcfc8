package org.yichuang.client.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.identity.CardReadException.Reason;
import org.yichuang.client.identity.settings.ExpiredCardPolicy;
import org.yichuang.client.identity.settings.ReaderKind;
import org.yichuang.client.identity.settings.ReaderSettings;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.client.identity.ui.CardReadingState.Phase;

/** The card line's presenter with a scripted reader and a synchronous funnel: no device, no robot. */
class CardReadingPresenterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String NUMBER = "11010519491231002X";
    private static final ReaderSettings SAM = new ReaderSettings(ReaderKind.SAM_SERIAL, "/dev/ttyUSB0", null, false,
            ExpiredCardPolicy.WARN);

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeHallApi api = new FakeHallApi();
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final ScriptedReader reader = new ScriptedReader();
    private IntakePresenter form;

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        form = new IntakePresenter(api, tasks, messages, () -> TODAY, () -> UUID.randomUUID().toString(), r -> { });
    }

    private CardReadingPresenter cards(ReaderSettings settings) {
        return new CardReadingPresenter(form, new ReaderConnection(reader, settings), tasks, api, messages,
                () -> TODAY);
    }

    @Test
    void a_card_fills_name_and_number_marks_both_and_audits_the_kind_only() {
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1)));
        CardReadingPresenter cards = cards(SAM);

        cards.read();

        assertThat(form.applicantName()).isEqualTo("张三");
        assertThat(form.idNumber()).isEqualTo(NUMBER);
        assertThat(cards.state().phase()).isEqualTo(Phase.FILLED);
        assertThat(cards.state().nameFromCard()).isTrue();
        assertThat(cards.state().numberFromCard()).isTrue();
        assertThat(cards.state().message()).isEqualTo("已读取居民身份证：姓名、证件号码已填入，请核对。")
                .doesNotContain("张三").doesNotContain(NUMBER);
        assertThat(api.identityReads()).containsExactly("RESIDENT_ID_CARD");
    }

    @Test
    void typing_in_a_field_clears_its_mark_and_clearing_the_form_drops_the_card() {
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1)));
        CardReadingPresenter cards = cards(SAM);
        cards.read();

        form.setApplicantName("张三丰");
        assertThat(cards.state().nameFromCard()).isFalse();
        assertThat(cards.state().numberFromCard()).isTrue();

        form.setIdNumber("");
        assertThat(cards.state().numberFromCard()).isFalse();
        assertThat(cards.state().phase()).isEqualTo(Phase.READY);
        assertThat(cards.state().cardKind()).isNull();
    }

    @Test
    void an_expired_card_is_filled_with_a_warning_by_default() {
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2025, 1, 1)));
        CardReadingPresenter cards = cards(SAM);

        cards.read();

        assertThat(cards.state().phase()).isEqualTo(Phase.FILLED_WITH_WARNING);
        assertThat(cards.state().message()).isEqualTo("注意：该居民身份证已于 2025年1月1日 过期，请核实后再受理。");
        assertThat(form.applicantName()).isEqualTo("张三");
    }

    @Test
    void an_expired_card_fills_nothing_when_the_counter_blocks_them() {
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2025, 1, 1)));
        CardReadingPresenter cards = cards(SAM.withExpiredPolicy(ExpiredCardPolicy.BLOCK));

        cards.read();

        assertThat(cards.state().phase()).isEqualTo(Phase.FAILED);
        assertThat(cards.state().message()).startsWith("该居民身份证已于 2025年1月1日 过期，按本窗口设置不予受理");
        assertThat(form.applicantName()).isEmpty();
        assertThat(form.idNumber()).isEmpty();
        assertThat(api.identityReads()).isEmpty();
    }

    @Test
    void a_number_failing_its_checksum_fills_nothing() {
        reader.then(ScriptedReader.resident("张三", "110105194912310021", LocalDate.of(2035, 1, 1)));
        form.setPhone("13800138000");
        CardReadingPresenter cards = cards(SAM);

        cards.read();

        assertThat(cards.state().phase()).isEqualTo(Phase.FAILED);
        assertThat(cards.state().message()).startsWith("证件号码未通过校验，表单未填入：");
        assertThat(form.applicantName()).isEmpty();
        assertThat(form.idNumber()).isEmpty();
        assertThat(form.phone()).isEqualTo("13800138000");
    }

    @Test
    void a_card_pulled_out_says_why_in_chinese_and_retry_reads_again() {
        reader.thenFail(Reason.CARD_REMOVED, "证件在读取过程中被移开，请重新放置后重试。")
                .then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1)));
        CardReadingPresenter cards = cards(SAM);
        RetryCardReadAction retry = new RetryCardReadAction(messages, cards);

        cards.read();
        assertThat(cards.state().phase()).isEqualTo(Phase.FAILED);
        assertThat(cards.state().message()).isEqualTo("证件在读取过程中被移开，请重新放置后重试。");
        assertThat(retry.isEnabled()).isTrue();
        assertThat(form.applicantName()).isEmpty();

        retry.actionPerformed(null);

        assertThat(cards.state().phase()).isEqualTo(Phase.FILLED);
        assertThat(form.applicantName()).isEqualTo("张三");
        assertThat(retry.isEnabled()).isFalse();
    }

    @Test
    void a_read_without_a_card_first_looks_then_waits_and_says_so() {
        CardReadingPresenter cards = cards(SAM);

        cards.read();

        assertThat(reader.reads).containsExactly(CardReadingPresenter.FIRST_LOOK,
                CardReadingPresenter.REQUEST_WAIT.minus(CardReadingPresenter.FIRST_LOOK));
        assertThat(cards.state().phase()).isEqualTo(Phase.FAILED);
        assertThat(cards.state().message()).isEqualTo("30 秒内未检测到证件。请放置证件后按“重试”。");
    }

    @Test
    void cancel_ends_a_waiting_read_and_drops_its_answer() {
        tasks.hold();
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1)));
        CardReadingPresenter cards = cards(SAM);
        CancelCardReadAction cancel = new CancelCardReadAction(messages, cards);

        cards.read();
        assertThat(cards.state().phase()).isEqualTo(Phase.READING);
        assertThat(cancel.isEnabled()).isTrue();
        cancel.actionPerformed(null);

        assertThat(cards.state().phase()).isEqualTo(Phase.READY);
        assertThat(cards.state().message()).isEqualTo("已取消读卡。");
        assertThat(cancel.isEnabled()).isFalse();
        tasks.runNext();   // the cancelled read: its card must not reach the form
        assertThat(form.applicantName()).isEmpty();
        assertThat(reader.reads).isEmpty();
    }

    @Test
    void a_failed_audit_is_shown_and_the_form_stays_filled() {
        reader.then(ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1)));
        CardReadingPresenter cards = cards(SAM);
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);

        cards.read();

        assertThat(cards.state().auditProblem()).startsWith("读卡记录未能写入审计日志：");
        assertThat(form.applicantName()).isEqualTo("张三");
        assertThat(form.idNumber()).isEqualTo(NUMBER);
        assertThat(tasks.centralFailures()).isEmpty();
    }

    @Test
    void read_on_insert_polls_only_while_the_screen_shows() {
        ReaderSettings onInsert = SAM.withReadOnInsert(true);
        tasks.hold();
        CardReadingPresenter cards = cards(onInsert);

        cards.setShown(true);
        assertThat(cards.state().message()).isEqualTo("请放置证件…（放卡即读）");
        tasks.runNext();   // NO_CARD: polls again
        tasks.runNext();
        assertThat(reader.reads).hasSize(2).allMatch(CardReadingPresenter.POLL_SLICE::equals);

        cards.setShown(false);
        tasks.runNext();   // the poll held when the screen was hidden was cancelled: it does not read
        assertThat(reader.reads).hasSize(2);
    }

    @Test
    void a_card_left_in_the_reader_fills_and_audits_once_until_the_reader_has_been_seen_empty() {
        tasks.hold();
        var card = ScriptedReader.resident("张三", NUMBER, LocalDate.of(2035, 1, 1));
        reader.then(card).then(card).then(card).thenFail(Reason.NO_CARD, "未检测到证件").then(card);
        CardReadingPresenter cards = cards(SAM.withReadOnInsert(true));
        cards.setShown(true);

        tasks.runNext();   // filled; the audit notice and the next poll are queued
        tasks.runNext();   // the audit notice
        form.setApplicantName("");
        form.setIdNumber("");   // cleared for the next applicant, the card still in the slot
        tasks.runNext();
        tasks.runNext();
        assertThat(form.applicantName()).isEmpty();
        assertThat(api.identityReads()).hasSize(1);

        tasks.runNext();   // the reader is empty
        tasks.runNext();   // the same card placed again: a new read
        tasks.runNext();   // its audit notice
        assertThat(form.applicantName()).isEqualTo("张三");
        assertThat(api.identityReads()).hasSize(2);
    }

    @Test
    void every_card_kind_a_reader_gives_is_one_the_server_audits() {
        for (org.yichuang.client.identity.CardKind kind : org.yichuang.client.identity.CardKind.values()) {
            boolean fromCard = kind != org.yichuang.client.identity.CardKind.TYPED;
            assertThat(org.yichuang.core.api.IdentityReadNotice.isKnownKind(kind.name())).as(kind.name())
                    .isEqualTo(fromCard);
        }
    }
}
