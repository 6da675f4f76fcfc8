package org.yichuang.core.staff;

/** A staff role (岗位); every API route names the roles that may call it. */
public enum Role {
    /** 窗口人员: accepts applications at a comprehensive counter. */
    WINDOW,
    /** 后台审批: receives case files and records decisions. */
    BACK_OFFICE,
    /** 出件窗口: releases results. */
    RELEASE,
    /** 大厅管理/电子监察: watches queues and deadlines, prints daily logs. */
    SUPERVISOR,
    /** 系统管理员: catalog, calendar, counters, staff. */
    ADMIN
}
