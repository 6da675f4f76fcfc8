package org.yichuang.core.api.queue;

/** An open hall-queue stream (排队叫号推送); {@link #close()} ends it without telling the listener of a failure. */
public interface QueueSubscription extends AutoCloseable {

    /** Told about the stream, on the stream's own thread. */
    interface Listener {
        /** The server accepted the subscription; events follow. */
        void opened();

        /** One queue event. */
        void event(QueueStreamEvent event);

        /** The stream ended by itself (server gone, network dropped): {@code cause} says why; never after close. */
        void dropped(Throwable cause);
    }

    /** Ends the stream; harmless when already ended. */
    @Override
    void close();
}
