package org.yichuang.client.identity.pcsc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The synthetic social-security card in vpcd's slot, for benchmarks outside this package (issue 11's card-fill
 * figure): insert, pull out, and when the card last answered.
 */
public final class VirtualCardSlot implements AutoCloseable {
    /** The card's 社会保障号码 (= its holder's resident ID number). */
    public static final String NUMBER = SyntheticSocialSecurityCard.NUMBER;
    private final VpcdVirtualCard slot;
    private final SyntheticSocialSecurityCard card = new SyntheticSocialSecurityCard();

    /** A slot reached through the card socket of scripts/test-pcsc.sh. */
    public VirtualCardSlot(Path socket) {
        this.slot = new VpcdVirtualCard(socket);
    }

    /** Inserts the card (张三, the tests' synthetic holder). */
    public void insert() throws IOException {
        slot.insert(card);
    }

    /** Pulls the card out. */
    public void remove() {
        slot.remove();
    }

    /** When the card last sent an answer ({@link System#nanoTime()}). */
    public long lastAnswerNanos() {
        return card.lastAnswerNanos();
    }

    @Override
    public void close() {
        slot.close();
    }
}
