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
    ADMIN_CREATED
}
