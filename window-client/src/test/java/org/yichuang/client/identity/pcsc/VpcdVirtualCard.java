package org.yichuang.client.identity.pcsc;

import java.io.DataInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Puts a {@link SyntheticSocialSecurityCard} into vsmartcard-vpcd's reader by speaking vpcd's wire protocol
 * (DEVICES.md §2.2): every message is a 2-byte big-endian length and a payload; a 1-byte payload is a control
 * (0 power off, 1 on, 2 reset: no answer; 4 ATR: answered with the ATR), anything else a C-APDU answered with one
 * R-APDU. Inserting the card connects, pulling it out closes the connection. It reaches vpcd through the relay
 * socket scripts/test-pcsc.sh makes (vpcd itself is in a network namespace of its own).
 */
final class VpcdVirtualCard implements AutoCloseable {
    private final Path socket;
    private volatile SocketChannel channel;
    private Thread serving;

    VpcdVirtualCard(Path socket) {
        this.socket = socket;
    }

    /** Inserts the card: from now on vpcd reports it present. */
    synchronized void insert(SyntheticSocialSecurityCard card) throws IOException {
        remove();
        SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        channel = ch;
        serving = new Thread(() -> serve(ch, card), "vpcd-virtual-card");
        serving.setDaemon(true);
        serving.start();
    }

    /** Pulls the card out. */
    synchronized void remove() {
        SocketChannel ch = channel;
        channel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // already closed by a scripted removal
            }
        }
    }

    private static void serve(SocketChannel ch, SyntheticSocialSecurityCard card) {
        try (ch) {
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            // one write per frame: length and payload in separate segments stall on Nagle + delayed ACK (~40 ms)
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            while (true) {
                byte[] msg = new byte[in.readUnsignedShort()];
                in.readFully(msg);
                byte[] reply;
                if (msg.length == 1) {
                    reply = msg[0] == 4 ? SyntheticSocialSecurityCard.ATR : null;
                } else {
                    reply = card.answer(msg);
                    if (reply == null) {
                        return;   // scripted removal: close before answering
                    }
                }
                if (reply != null) {
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // removed (closed) or vpcd went away
        }
    }

    @Override
    public void close() {
        remove();
    }
}
