package org.yichuang.core.api.queue;

/** A counter's step on its ticket, as {@code POST /api/queue/tickets/{id}/{path}} names it. */
public enum TicketStep {
    /** 重呼: call again; the count is kept for the 过号 rule. */
    RECALL("recall"),
    /** 开始办理: the applicant is at the counter. */
    START("start"),
    /** 办结. */
    FINISH("finish"),
    /** 过号: only after the hall's number of calls and wait. */
    MISSED("missed"),
    /** 挂起: set aside for the hall's hold time. */
    HOLD("hold");

    private final String path;

    TicketStep(String path) {
        this.path = path;
    }

    /** Returns the last segment of the step's route. */
    public String path() {
        return path;
    }
}
