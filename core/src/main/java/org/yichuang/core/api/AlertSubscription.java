package org.yichuang.core.api;

/** An open alert stream (红黄牌推送); {@link #close()} ends it without telling the listener of a failure. */
public interface AlertSubscription extends AutoCloseable {

    /** Told about the stream, on the stream's own thread. */
    interface Listener {
        /** The server accepted the subscription; events follow. */
        void opened();

        /** One level change. */
        void event(CaseAlertEvent event);

        /** The stream ended by itself (server gone, network dropped): {@code cause} says why; never after close. */
        void dropped(Throwable cause);
    }

    /** Ends the stream; harmless when already ended. */
    @Override
    void close();
}
