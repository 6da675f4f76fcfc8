package org.yichuang.client.identity.pcsc;

import java.nio.ByteBuffer;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * javax.smartcardio without PC/SC (DEVICES.md §2.1): a {@link TerminalFactorySpi} given as provider, with terminals
 * whose card is a {@link SyntheticSocialSecurityCard}. A card that answers null is pulled out: the channel throws
 * what the JDK throws for a removed card.
 */
final class FakePcsc {
    private final List<Terminal> terminals = new CopyOnWriteArrayList<>();
    final AtomicInteger exclusiveDepth = new AtomicInteger();
    final AtomicInteger exclusiveSessions = new AtomicInteger();
    final AtomicInteger openCards = new AtomicInteger();
    /** A PC/SC error every list() fails with (e.g. SCARD_E_NO_SERVICE after the service restarted), or null. */
    volatile String listFailure;

    /** Adds a terminal (reader) without a card. */
    Terminal terminal(String name) {
        Terminal t = new Terminal(name);
        terminals.add(t);
        return t;
    }

    /** A TerminalFactory over these terminals, built through the provider mechanism the production code uses. */
    TerminalFactory factory() throws Exception {
        return factory("Fake");
    }

    /** As {@link #factory()}, of the given type: "None" is what the JDK gives when PC/SC is not there. */
    TerminalFactory factory(String type) throws Exception {
        Provider p = new Provider("FakePCSC", "1.0", "test TerminalFactory") {
            private static final long serialVersionUID = 1L;
            {
                put("TerminalFactory." + type, Spi.class.getName());
            }
        };
        return TerminalFactory.getInstance(type, this, p);
    }

    /** Instantiated by the provider with {@code getInstance}'s params: the FakePcsc. */
    public static final class Spi extends TerminalFactorySpi {
        private final FakePcsc pcsc;

        public Spi(Object params) {
            this.pcsc = (FakePcsc) params;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return pcsc.new Terminals();
        }
    }

    final class Terminals extends CardTerminals {
        @Override
        public List<CardTerminal> list(State state) throws CardException {
            if (listFailure != null) {
                throw new CardException("list() failed",
                        new Exception("sun.security.smartcardio.PCSCException: " + listFailure));
            }
            List<CardTerminal> r = new ArrayList<>();
            for (Terminal t : terminals) {
                boolean present = t.isCardPresent();
                if (state == State.ALL || state == State.CARD_PRESENT && present
                        || state == State.CARD_ABSENT && !present) {
                    r.add(t);
                }
            }
            return r;
        }

        @Override
        public boolean waitForChange(long timeout) {
            synchronized (FakePcsc.this) {
                try {
                    FakePcsc.this.wait(timeout == 0 ? 0 : timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        }
    }

    final class Terminal extends CardTerminal {
        private final String name;
        private volatile SyntheticSocialSecurityCard card;
        private volatile boolean vanishOnConnect;

        Terminal(String name) {
            this.name = name;
        }

        void insert(SyntheticSocialSecurityCard c) {
            synchronized (FakePcsc.this) {
                card = c;
                FakePcsc.this.notifyAll();
            }
        }

        /** The card is pulled out when the next connect begins (after it was seen present). */
        void vanishOnConnect() {
            vanishOnConnect = true;
        }

        void remove() {
            synchronized (FakePcsc.this) {
                card = null;
                FakePcsc.this.notifyAll();
            }
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            if (vanishOnConnect) {
                remove();
            }
            SyntheticSocialSecurityCard c = card;
            if (c == null) {
                throw new CardNotPresentException("No card present");
            }
            openCards.incrementAndGet();
            return new FakeCard(this, c);
        }

        @Override
        public boolean isCardPresent() {
            return card != null;
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            long end = System.currentTimeMillis() + timeout;
            synchronized (FakePcsc.this) {
                while (card == null) {
                    long left = end - System.currentTimeMillis();
                    if (timeout != 0 && left <= 0) {
                        return false;
                    }
                    try {
                        FakePcsc.this.wait(timeout == 0 ? 0 : left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return true;
            }
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            throw new UnsupportedOperationException();
        }
    }

    final class FakeCard extends Card {
        private final Terminal terminal;
        private final SyntheticSocialSecurityCard card;
        private volatile boolean open = true;

        FakeCard(Terminal terminal, SyntheticSocialSecurityCard card) {
            this.terminal = terminal;
            this.card = card;
        }

        @Override
        public ATR getATR() {
            return new ATR(SyntheticSocialSecurityCard.ATR);
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return new Channel(this);
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
            exclusiveDepth.incrementAndGet();
            exclusiveSessions.incrementAndGet();
        }

        @Override
        public void endExclusive() {
            exclusiveDepth.decrementAndGet();
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            if (open) {
                open = false;
                openCards.decrementAndGet();
            }
        }

        byte[] transmit(byte[] apdu) throws CardException {
            if (!open) {
                throw new IllegalStateException("Card has been disconnected");
            }
            if (terminal.card != card) {
                throw new CardException("sun.security.smartcardio.PCSCException: SCARD_W_REMOVED_CARD");
            }
            byte[] r = card.answer(apdu);
            if (r == null) {
                terminal.remove();
                throw new CardException("sun.security.smartcardio.PCSCException: SCARD_E_NOT_TRANSACTED");
            }
            return r;
        }
    }

    static final class Channel extends CardChannel {
        private final FakeCard card;

        Channel(FakeCard card) {
            this.card = card;
        }

        @Override
        public Card getCard() {
            return card;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            return new ResponseAPDU(card.transmit(command.getBytes()));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
            byte[] c = new byte[command.remaining()];
            command.get(c);
            byte[] r = card.transmit(c);
            response.put(r);
            return r.length;
        }

        @Override
        public void close() {
            throw new IllegalStateException("Cannot close basic logical channel");
        }
    }
}
