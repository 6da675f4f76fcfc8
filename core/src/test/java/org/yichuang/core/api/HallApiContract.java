package org.yichuang.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;

/**
 * The behaviour every {@link HallApi} shares: the client's in-memory fake and the HTTP client talking to the
 * real server both extend this class, so the fake cannot drift from the server.
 */
public abstract class HallApiContract {

    /** A window clerk's credentials and counter, known to the implementation under test. */
    public record Clerk(String username, String password, int counterNo) {
    }

    /** Returns a new, signed-out API for each test. */
    protected abstract HallApi newApi();

    /** Returns a window clerk (窗口人员) who may sign in at a registered counter. */
    protected abstract Clerk windowClerk();

    /** Returns the implementation code of an item the implementation lists. */
    protected abstract String anyItemCode();

    private HallApi api;

    @BeforeEach
    void newApiPerTest() {
        api = newApi();
    }

    private SessionInfo signInAsClerk() {
        Clerk clerk = windowClerk();
        return api.signIn(new SignInRequest(clerk.username(), clerk.password(), clerk.counterNo()));
    }

    private static NewCase newCase(String itemCode, String name, String idNumber) {
        return new NewCase(UUID.randomUUID().toString(), itemCode, new ApplicantInput(name, idNumber, null), null);
    }

    private static ErrorCode codeOf(Throwable t) {
        return ((ApiException) t).code();
    }

    @Test
    void signIn_returns_the_clerk_with_the_window_role_and_the_counter() {
        SessionInfo session = signInAsClerk();

        assertThat(session.token()).isNotBlank();
        assertThat(session.staff().username()).isEqualTo(windowClerk().username());
        assertThat(session.staff().roles()).contains(Role.WINDOW);
        assertThat(session.counter().number()).isEqualTo(windowClerk().counterNo());
    }

    @Test
    void signIn_with_a_wrong_password_fails_with_AUTH_BAD_CREDENTIALS() {
        Clerk clerk = windowClerk();
        assertThatThrownBy(() -> api.signIn(new SignInRequest(clerk.username(), clerk.password() + "x", clerk.counterNo())))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.AUTH_BAD_CREDENTIALS));
    }

    @Test
    void listItems_before_sign_in_fails_with_AUTH_REQUIRED() {
        assertThatThrownBy(api::listItems)
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.AUTH_REQUIRED));
    }

    @Test
    void listItems_after_sign_in_includes_the_known_item() {
        signInAsClerk();

        assertThat(api.listItems()).extracting(ServiceItemSummary::implementationCode).contains(anyItemCode());
    }

    @Test
    void createCase_numbers_the_case_after_its_item_the_day_and_a_daily_sequence() {
        signInAsClerk();

        CaseReceipt receipt = api.createCase(newCase(anyItemCode(), "张三", "11010519491231002X"));

        assertThat(receipt.caseNo()).matches("\\Q" + anyItemCode() + "\\E\\d{8}\\d{4}");
        assertThat(receipt.itemCode()).isEqualTo(anyItemCode());
        assertThat(receipt.applicantName()).isEqualTo("张三");
        assertThat(receipt.applicantIdNumberMasked()).isEqualTo("1101**********002X");
        assertThat(receipt.counterNo()).isEqualTo(windowClerk().counterNo());
        assertThat(receipt.receivedAt()).isNotNull();
    }

    @Test
    void createCase_twice_with_the_same_idempotency_key_returns_the_same_case() {
        signInAsClerk();
        NewCase request = newCase(anyItemCode(), "李四", "440524188001010014");

        CaseReceipt first = api.createCase(request);
        CaseReceipt again = api.createCase(request);

        assertThat(again.caseNo()).isEqualTo(first.caseNo());
        assertThat(api.createCase(newCase(anyItemCode(), "李四", "440524188001010014")).caseNo())
                .isNotEqualTo(first.caseNo());
    }

    @Test
    void createCase_keeps_names_beyond_the_bmp_and_with_a_middle_dot_exactly() {
        signInAsClerk();

        assertThat(api.createCase(newCase(anyItemCode(), "\uD840\uDC00\uD840\uDC01", "11010519491231002X"))
                .applicantName()).isEqualTo("\uD840\uDC00\uD840\uDC01");
        assertThat(api.createCase(newCase(anyItemCode(), "阿依古丽·买买提", "11010519491231002X"))
                .applicantName()).isEqualTo("阿依古丽·买买提");
    }

    @Test
    void createCase_upgrades_a_15_digit_id_number() {
        signInAsClerk();

        assertThat(api.createCase(newCase(anyItemCode(), "王五", "110105491231002")).applicantIdNumberMasked())
                .isEqualTo("1101**********002X");
    }

    @Test
    void createCase_with_a_wrong_check_digit_fails_with_ID_NUMBER_CHECKSUM() {
        signInAsClerk();

        assertThatThrownBy(() -> api.createCase(newCase(anyItemCode(), "张三", "110105194912310021")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ID_NUMBER_CHECKSUM));
    }

    @Test
    void createCase_for_an_unknown_item_fails_with_ITEM_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.createCase(newCase("NO-SUCH-ITEM", "张三", "11010519491231002X")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.ITEM_NOT_FOUND));
    }

    @Test
    void getCase_returns_the_created_case() {
        signInAsClerk();
        CaseReceipt created = api.createCase(newCase(anyItemCode(), "赵六", "11010519491231002X"));

        CaseReceipt read = api.getCase(created.caseNo());

        assertThat(read.caseNo()).isEqualTo(created.caseNo());
        assertThat(read.applicantName()).isEqualTo("赵六");
        assertThat(read.itemName()).isEqualTo(created.itemName());
    }

    @Test
    void getCase_for_an_unknown_number_fails_with_CASE_NOT_FOUND() {
        signInAsClerk();

        assertThatThrownBy(() -> api.getCase("000000000000000000000000000000000000000000"))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(ErrorCode.CASE_NOT_FOUND));
    }

    @Test
    void signOut_ends_the_session() {
        signInAsClerk();

        api.signOut();

        assertThatThrownBy(api::listItems)
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(codeOf(e)).isIn(ErrorCode.AUTH_REQUIRED, ErrorCode.AUTH_TOKEN_INVALID));
    }
}
