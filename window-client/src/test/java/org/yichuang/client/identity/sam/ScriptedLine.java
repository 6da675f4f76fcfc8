package org.yichuang.client.identity.sam;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A serial line in memory whose SAM answers from a script: each request frame written releases the next scripted
 * answer (as raw bytes, well-formed or not). Bytes are "available" only after their request, like on a real line,
 * so the channel's drain before a request does not eat them. Single-threaded, for fuzzing and benchmarks.
 */
final class ScriptedLine {
    private final Deque<byte[]> answers;
    private byte[] current = new byte[0];
    private int pos;
    private int requestBytes;

    ScriptedLine(List<byte[]> answers) {
        this.answers = new ArrayDeque<>(answers);
    }

    /** The app's input: what the SAM has answered so far. */
    InputStream input() {
        return new InputStream() {
            @Override
            public int read() {
                return pos < current.length ? current[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, current.length - pos);
                if (n <= 0) {
                    return len == 0 ? 0 : -1;
                }
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public int available() {
                return current.length - pos;
            }
        };
    }

    /** The app's output: every 10 bytes (one request frame without data) releases the next answer. */
    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                requestBytes++;
                if (requestBytes % 10 == 0) {
                    current = answers.isEmpty() ? new byte[0] : answers.poll();
                    pos = 0;
                }
            }
        };
    }
}
