package org.yichuang.client.queue.reception;

import java.time.Duration;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;

/** The counter's card reader as reception uses it: one blocking read (the background funnel only). */
@FunctionalInterface
public interface CardSource {
    /** Waits up to {@code timeout} for a card and reads it. */
    IdentityCard read(Duration timeout) throws CardReadException;
}
