package org.yichuang.client.queue.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.identity.CardKind;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.print.PrintJob;
import org.yichuang.client.print.PrintOutcome;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.queue.CheckInRequest;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.notice.Paper;
import org.yichuang.core.queue.PriorityReason;

class ReceptionPresenterTest {
    /** Born 1950-03-07: 76 on the fixture's day. */
    static final String ELDERLY_ID = "110101195003070013";

    private final FakeHallApi api = new FakeHallApi(AdminFixture.CLOCK);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final List<TicketView> printed = new ArrayList<>();
    private final List<Duration> reads = new ArrayList<>();
    private IdentityCard nextCard;
    private CardReadException nextReadFailure;
    private PrintOutcome nextOutcome = new PrintOutcome(1, List.of());
    private ReceptionPresenter presenter;

    @BeforeEach
    void signIn() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, 3));
        presenter = new ReceptionPresenter(api, tasks, messages, timeout -> {
            reads.add(timeout);
            if (nextReadFailure != null) {
                throw nextReadFailure;
            }
            return nextCard;
        }, ticket -> {
            printed.add(ticket);
            return nextOutcome;
        });
        presenter.load();
    }

    @Test
    void the_categories_and_the_reasons_a_clerk_may_grant_on_evidence_load_with_the_first_category_chosen() {
        ReceptionState s = presenter.state();
        assertThat(s.categories()).extracting(c -> c.code()).containsExactly("GENERAL");
        assertThat(s.categoryCode()).isEqualTo("GENERAL");
        // the defaults grant 老年人, 残疾人, 军人 and 预约: only the two a clerk sees evidence of are offered
        assertThat(s.reasons()).containsExactly(PriorityReason.DISABLED, PriorityReason.MILITARY);
        assertThat(s.canIssue()).isTrue();
    }

    @Test
    void a_ticket_is_issued_shown_with_the_people_ahead_and_printed_and_the_document_number_is_not_kept() {
        presenter.issue();
        presenter.next();
        presenter.setDocumentNumber(ELDERLY_ID);
        presenter.issue();

        ReceptionState s = presenter.state();
        assertThat(s.ticket().number()).isEqualTo("A002");
        assertThat(s.ticket().peopleAhead()).isEqualTo(1);
        assertThat(s.ticket().priority()).as("from the ID number").isEqualTo(PriorityReason.ELDERLY);
        assertThat(s.printStatus()).isEqualTo("排队小票已打印。");
        assertThat(s.printed()).isTrue();
        assertThat(s.documentNumber()).as("personal data is dropped once the ticket is issued").isEmpty();
        assertThat(printed).extracting(TicketView::number).containsExactly("A001", "A002");
        TicketRequest sent = api.ticketRequests().get(1);
        assertThat(sent.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(sent.documentNumber()).isEqualTo(ELDERLY_ID);
        assertThat(sent.toString()).doesNotContain(ELDERLY_ID);
        assertThat(api.ticketRequests().get(0).documentNumber()).as("no number typed: none sent").isNull();
    }

    @Test
    void a_priority_reason_is_sent_only_when_the_hall_grants_it() {
        presenter.setPriority(PriorityReason.GREEN_CHANNEL);   // not granted by the defaults
        assertThat(presenter.state().priority()).isNull();
        presenter.setPriority(PriorityReason.MILITARY);
        presenter.issue();
        assertThat(api.ticketRequests()).singleElement().extracting(TicketRequest::priority)
                .isEqualTo(PriorityReason.MILITARY);
        assertThat(presenter.state().priority()).as("not carried to the next applicant").isNull();
    }

    @Test
    void a_ticket_that_cannot_print_says_it_waits_in_the_print_queue_with_the_printers_reason() {
        PrintJob waiting = new PrintJob("job-1", "A001", PrintJob.NO_DOCUMENT, "排队小票", Paper.RECEIPT_80MM, "",
                false, AdminFixture.CLOCK.instant(), 1, "本窗口未设置 80 mm 小票打印机。", AdminFixture.CLOCK.instant());
        nextOutcome = new PrintOutcome(0, List.of(waiting));
        presenter.issue();
        assertThat(presenter.state().ticket().number()).isEqualTo("A001");
        assertThat(presenter.state().printed()).isFalse();
        assertThat(presenter.state().printStatus()).contains("打印队列").contains("未设置 80 mm 小票打印机");
    }

    @Test
    void a_refused_ticket_shows_the_servers_reason_and_keeps_what_the_clerk_entered() {
        presenter.setDocumentNumber(ELDERLY_ID);
        api.failNextWith(ErrorCode.QUEUE_ALREADY_HAS_TICKET);
        presenter.issue();
        assertThat(presenter.state().error()).contains("已取得该类业务的号");
        assertThat(presenter.state().ticket()).isNull();
        assertThat(presenter.state().documentNumber()).isEqualTo(ELDERLY_ID);
        assertThat(printed).isEmpty();
        assertThat(presenter.state().issuing()).isFalse();
    }

    @Test
    void a_card_read_fills_the_number_and_its_type_and_is_audited_by_kind_only() {
        nextCard = new IdentityCard(DocumentType.RESIDENT_ID, ELDERLY_ID, "张三", null, "男", "汉",
                LocalDate.of(1950, 3, 7), "北京市东城区", "北京市公安局东城分局", LocalDate.of(2010, 1, 1), null, true,
                null, CardKind.RESIDENT_ID_CARD, Optional.empty());
        presenter.readCard();
        assertThat(reads).containsExactly(ReceptionPresenter.CARD_WAIT);
        assertThat(presenter.state().documentNumber()).isEqualTo(ELDERLY_ID);
        assertThat(presenter.state().documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(presenter.state().reading()).isFalse();
        assertThat(api.identityReads()).containsExactly("RESIDENT_ID_CARD");
        assertThat(presenter.state().toString()).doesNotContain(ELDERLY_ID);
    }

    @Test
    void a_failed_card_read_shows_the_readers_reason_and_a_cancelled_one_says_nothing() {
        nextReadFailure = new CardReadException(CardReadException.Reason.NO_CARD, "未检测到证件，请将证件放在读卡区。");
        presenter.readCard();
        assertThat(presenter.state().error()).contains("未检测到证件");
        nextReadFailure = new CardReadException(CardReadException.Reason.CANCELLED, "已取消");
        presenter.readCard();
        assertThat(presenter.state().error()).isNull();
        assertThat(presenter.state().documentNumber()).isEmpty();
    }

    @Test
    void next_clears_the_ticket_and_the_applicant_but_keeps_the_category() {
        presenter.setDocumentNumber(ELDERLY_ID);
        presenter.setPriority(PriorityReason.DISABLED);
        presenter.next();
        ReceptionState s = presenter.state();
        assertThat(s.documentNumber()).isEmpty();
        assertThat(s.priority()).isNull();
        assertThat(s.ticket()).isNull();
        assertThat(s.categoryCode()).isEqualTo("GENERAL");
    }

    // issue 12: booking check-in at reception (预约签到)

    @Test
    void a_booking_checked_in_by_document_number_becomes_a_booking_ticket_printed_with_the_booked_name_shown() {
        api.bookToday(DocumentType.RESIDENT_ID, ELDERLY_ID, "GENERAL", "张三", LocalTime.of(10, 0),
                LocalTime.of(10, 30));
        presenter.setDocumentNumber(" " + ELDERLY_ID + " ");
        presenter.checkIn();

        ReceptionState s = presenter.state();
        assertThat(s.ticket().number()).isEqualTo("A001");
        assertThat(s.ticket().priority()).isEqualTo(PriorityReason.BOOKING);
        assertThat(s.checkIn().name()).as("in full, for the clerk to compare").isEqualTo("张三");
        assertThat(s.checkIn().startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(s.printed()).isTrue();
        assertThat(printed).extracting(TicketView::number).containsExactly("A001");
        assertThat(s.documentNumber()).as("personal data is dropped once the ticket is issued").isEmpty();
        assertThat(s.toString()).doesNotContain("张三").doesNotContain(ELDERLY_ID);
        CheckInRequest sent = api.checkInRequests().get(0);
        assertThat(sent.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
        assertThat(sent.documentNumber()).isEqualTo(ELDERLY_ID);
        assertThat(sent.categoryCode()).as("the booking's own category, whatever is chosen").isNull();
        assertThat(api.ticketRequests()).as("no ordinary ticket").isEmpty();

        presenter.next();
        assertThat(presenter.state().checkIn()).as("the booked name goes with the ticket").isNull();
    }

    @Test
    void a_check_in_without_a_booking_today_shows_the_servers_message_and_keeps_the_number() {
        presenter.setDocumentNumber(ELDERLY_ID);
        presenter.checkIn();
        ReceptionState s = presenter.state();
        assertThat(s.error()).isEqualTo("没有找到您今天待签到的预约，请核对证件号码，或取普通号。");
        assertThat(s.ticket()).isNull();
        assertThat(s.documentNumber()).isEqualTo(ELDERLY_ID);
        assertThat(s.issuing()).isFalse();
        assertThat(printed).isEmpty();
    }

    @Test
    void a_check_in_after_the_booked_slot_ended_is_refused_with_the_slot_in_the_message() {
        api.bookToday(DocumentType.RESIDENT_ID, ELDERLY_ID, "GENERAL", "张三", LocalTime.of(9, 0),
                LocalTime.of(9, 30));
        presenter.setDocumentNumber(ELDERLY_ID);
        presenter.checkIn();
        assertThat(presenter.state().error()).contains("09:00–09:30").contains("已过");
        assertThat(presenter.state().ticket()).isNull();
        assertThat(printed).isEmpty();
    }

    @Test
    void a_check_in_without_a_document_number_asks_for_it_and_sends_nothing() {
        presenter.checkIn();
        assertThat(presenter.state().error()).contains("证件号码").contains("F2");
        assertThat(api.checkInRequests()).isEmpty();
        assertThat(presenter.state().canCheckIn()).isFalse();
    }
}
