package org.yichuang.core.api;

import java.util.List;

/**
 * What a counter client asks of the hall server. The client's presentation code talks only to this
 * interface; {@code org.yichuang.client.net} implements it over HTTPS/JSON.
 *
 * <p>Every method may throw {@link org.yichuang.core.error.ApiException} carrying a stable error code.
 */
public interface HallApi {

    /** Signs in (登录) and keeps the session for later calls. */
    SessionInfo signIn(SignInRequest request);

    /** Signs out (退出) and forgets the session; harmless when not signed in. */
    void signOut();

    /** Lists the service items (事项) in force, ordered by department and name. */
    List<ServiceItemSummary> listItems();

    /** Creates a case (办件) in one transaction; the same idempotency key returns the same case. */
    CaseReceipt createCase(NewCase request);

    /** Returns a case by its number (办件编号); the read is audited. */
    CaseReceipt getCase(String caseNo);
}
