package org.yichuang.client.queue.counter;

/**
 * What the counter's work screen does when the counter calls the next applicant (叫号, 指定叫号): the intake screen
 * is cleared as by 下一位, so that nothing of the applicant before stays on screen (issue 10 item 2).
 */
public interface ApplicantHandover {
    /** Nothing to clear: a counter without an intake screen. */
    ApplicantHandover NONE = new ApplicantHandover() {
        @Override
        public boolean mayCallNext() {
            return true;
        }

        @Override
        public void clear() {
        }
    };

    /**
     * Whether the next applicant may be called now; asks the clerk first when the screen holds work that would be
     * lost (a filled form not yet received, a received case without its outcome). On the EDT.
     */
    boolean mayCallNext();

    /** Clears the screen for the applicant just called. On the EDT. */
    void clear();
}
