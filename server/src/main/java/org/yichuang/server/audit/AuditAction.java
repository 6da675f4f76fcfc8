package org.yichuang.server.audit;

/** What an audit row (审计记录) records. */
public enum AuditAction {
    /** 登录成功. */
    SIGN_IN,
    /** 登录失败 (wrong password, locked, disabled, unknown name). */
    SIGN_IN_FAILED,
    /** 退出. */
    SIGN_OUT,
    /** 创建办件 (personal data written). */
    CASE_CREATED,
    /** Same idempotency key resubmitted: the stored receipt was returned (personal data read). */
    CASE_CREATE_REPEATED,
    /** 查看办件 (personal data read). */
    CASE_READ,
    /** The initial administrator account was created. */
    ADMIN_CREATED,
    /** 保存事项: a new item version (subject: implementation code; detail: version, effective time, in force). */
    ITEM_SAVED,
    /** An item got a new version from a catalog import (subject: implementation code; detail: version). */
    ITEM_IMPORTED,
    /** The demo catalog was seeded by the system (no staff). */
    CATALOG_SEEDED,
    /** 导入事项库 (subject: format; detail: counts). */
    CATALOG_IMPORTED,
    /** 导出事项库 (subject: format; detail: counts). */
    CATALOG_EXPORTED,
    /** 保存一件事 (subject: bundle code; detail: member count). */
    BUNDLE_SAVED,
    /** 删除一件事 (subject: bundle code). */
    BUNDLE_DELETED,
    // issue 9: calendar server
    /** 导入工作日历 (subject: new version number; detail: years and changed-day counts; staff null from the CLI). */
    CALENDAR_IMPORTED,
    /** 查看办件流程 (subject: case number; detail: what was read). */
    CASE_LIFECYCLE_READ,
    /** 办件状态变更 (subject: case number; detail: action and states). */
    CASE_TRANSITION,
    /** The same transition key and content again: the stored answer was returned. */
    CASE_TRANSITION_REPEATED,
    /** 视为受理 by the day sweep (Art. 32(4)); no staff. */
    CASE_DEEMED_ACCEPTED,
    /** The day sweep ended a case whose supplement (补正/容缺补齐) was not handed in by its due date. */
    CASE_SUPPLEMENT_OVERDUE,
    /** A case's intake (materials checklist and outcome) was recorded or read. */
    CASE_INTAKE,
    /** A returning applicant's materials (补正/补齐) were recorded. */
    CASE_SUPPLEMENT,
    // issue 9: supervision
    /** 查看办件列表 (subject: cases; detail: filters, page, total and the ids of the cases returned). */
    CASE_LIST_READ,
    /** 导出办件清单 (subject: cases; detail: filters and the number of rows). */
    CASE_LIST_EXPORTED,
    // issue 11: identity reading
    /** 读卡: a card was read at a counter (subject: counter:<number>; detail: the card kind, never its content). */
    IDENTITY_CARD_READ,
    // issue 12: hall queue
    /** 叫号设置 replaced (subject: hall:<id>; detail: the new version). */
    QUEUE_SETTINGS_CHANGED,
    /** A ticket issued at reception with a document number (subject: the ticket number and day; never the number). */
    QUEUE_TICKET_ISSUED,
    // issue 10: applicants
    APPLICANT_LOOKUP,
    // issue 10: case documents
    /** 出具文书: documents issued with an outcome (subject: case number; detail: kinds and document numbers). */
    CASE_DOCUMENT_ISSUED,
    /** 查看文书 (subject: case number; detail: the list, or the document id and paper of a PDF read). */
    CASE_DOCUMENT_READ,
    /** 打印副本: a 副本 of a document was rendered (subject: case number; detail: document id, paper, copy count). */
    CASE_DOCUMENT_COPIED,
    // issue 10: bundles (一件事)
    /** 一件事收件: a parent case and its children created (subject: each case number; detail: person and parent). */
    BUNDLE_CASE_CREATED,
    /** The same application key and content again: the stored application was returned. */
    BUNDLE_CASE_REPEATED,
    /** 查看一件事办件 (subject: the parent's case number). */
    BUNDLE_CASE_READ,
    // issue 12: kiosk and bookings
    /** 预约: a booking made on the public page, with name and phone (subject: booking id; never the person). */
    BOOKING_CREATED,
    /** 取消预约 (subject: booking id). */
    BOOKING_CANCELLED,
    /** 预约签到: the booking's name read at reception or the kiosk (subject: booking id; detail: the ticket). */
    BOOKING_CHECKED_IN,
    /** 爽约: bookings a closed queue day left open, marked and their names and phones erased (detail: how many). */
    BOOKING_NO_SHOWS_MARKED,
    /** Places per booking slot of a category changed (subject: category). */
    BOOKING_CAPACITY_CHANGED,
    // issue 12: queue figures
    /** 排队日统计 read (subject: queue-day:<date>; detail: the number of events it was computed from). */
    QUEUE_FIGURES_READ,
    // issue 10: supplements and status
    /**
     * 公开查询: the public status page was asked about a case (subject: the case number as typed; detail: shown or
     * refused, and the client address's network, never the password).
     */
    CASE_STATUS_QUERIED,
    // issue 10: hall settings
    /** 大厅设置 saved by an administrator (subject: hall:<id>; detail: the names of the fields that changed). */
    HALL_SETTINGS_CHANGED
}
