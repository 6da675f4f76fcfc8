package org.yichuang.core.error;

/**
 * Stable error codes (错误码) shared by server and client; clients branch on the code, never the message.
 *
 * <p>Each code carries its HTTP status and the default Simplified Chinese message shown to staff.
 */
public enum ErrorCode {
    /** The request body is not valid JSON or does not match the expected shape. */
    MALFORMED_REQUEST(400, "请求格式不正确，无法解析。"),
    /** A required field is missing or blank. */
    FIELD_REQUIRED(400, "必填项未填写。"),
    /** A field is longer than allowed. */
    FIELD_TOO_LONG(400, "填写内容超出长度限制。"),
    /** The request body exceeds the size limit. */
    REQUEST_TOO_LARGE(413, "请求内容过大，已拒绝。"),
    /** No route matches the path. */
    NOT_FOUND(404, "请求的地址不存在。"),
    /** The route exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED(405, "不支持该请求方法。"),
    /** The content type is not JSON. */
    UNSUPPORTED_MEDIA_TYPE(415, "请求内容类型必须为 JSON。"),

    /** No bearer token was sent. */
    AUTH_REQUIRED(401, "请先登录。"),
    /** The token is unknown, revoked or expired. */
    AUTH_TOKEN_INVALID(401, "登录已失效，请重新登录。"),
    /** Wrong user name or password. */
    AUTH_BAD_CREDENTIALS(401, "用户名或密码错误。"),
    /** The account is disabled by an administrator. */
    AUTH_DISABLED(403, "账号已停用，请联系管理员。"),
    /** The signed-in role may not use this function. */
    FORBIDDEN(403, "当前岗位无权使用此功能。"),
    // sign-in throttling (登录限流)
    /**
     * Too many sign-in attempts from this address or for this user name; refused without checking the password.
     * The server's message and its Retry-After header say how many seconds to wait.
     */
    AUTH_THROTTLED(429, "登录尝试过于频繁，请稍后再试。"),
    /** A window clerk must sign in at a registered counter. */
    COUNTER_REQUIRED(400, "窗口人员登录时必须选择所在窗口。"),
    /** The counter number is not registered in this hall. */
    COUNTER_NOT_FOUND(404, "该窗口未在本大厅登记。"),

    /** The ID number has the wrong length or characters. */
    ID_NUMBER_FORMAT(400, "身份证号码格式不正确：应为18位（末位可为X）或15位数字。"),
    /** The birth date inside the ID number does not exist or lies in the future. */
    ID_NUMBER_BIRTH_DATE(400, "身份证号码中的出生日期不存在。"),
    /** The GB 11643 check digit does not match. */
    ID_NUMBER_CHECKSUM(400, "身份证号码校验位不正确，请核对后重新输入。"),
    /** The unified social credit code fails the GB 32100 checksum or format. */
    CREDIT_CODE_INVALID(400, "统一社会信用代码不正确，请核对。"),
    /** The name contains characters a name cannot contain. */
    NAME_INVALID(400, "姓名含有不允许的字符。"),
    /** The phone number is not a mainland mobile or landline number. */
    PHONE_INVALID(400, "联系电话格式不正确。"),

    /** An implementation code (实施编码) or base code (基本编码) is malformed. */
    ITEM_CODE_INVALID(400, "事项编码不正确。"),
    /** The promised limit (承诺时限) exceeds the statutory limit (法定时限). */
    LIMIT_PROMISED_EXCEEDS_STATUTORY(400, "承诺办结时限不得超过法定办结时限。"),
    /** Limits in different day units cannot be compared. */
    LIMIT_UNITS_DIFFER(400, "承诺时限与法定时限的单位不一致，无法比较。"),
    /** A material is marked deferrable (可容缺) where the rules forbid it. */
    MATERIAL_NOT_DEFERRABLE(400, "该材料不允许容缺。"),
    /** A catalog entry breaks a rule; the message says which. */
    CATALOG_RULE_VIOLATED(400, "事项信息不符合规则。"),
    /** A catalog import found problems; every one is listed and nothing was imported. */
    CATALOG_IMPORT_INVALID(422, "导入文件有错误，未导入任何内容。请按错误清单修改后重新导入。"),
    /** The uploaded file is neither a readable .xlsx workbook nor a catalog JSON document. */
    CATALOG_FILE_UNREADABLE(422, "文件无法读取：不是有效的 Excel 工作簿（.xlsx）或事项库 JSON 文件。"),
    /** Two entries use the same implementation code or bundle code. */
    CATALOG_DUPLICATE_CODE(422, "编码重复。"),
    /** A cell or field holds the wrong kind of value (text where a number belongs, a formula, a merged cell). */
    CATALOG_VALUE_INVALID(422, "填写内容不符合要求。"),
    /** A required column or field is missing. */
    CATALOG_FIELD_MISSING(422, "缺少必填列或必填项。"),
    /** Somebody else saved the item since the editor loaded it (乐观锁). */
    CATALOG_VERSION_CONFLICT(409, "该事项已被他人修改，请重新打开后再编辑。"),
    /** A bundle (一件事) refers to an item the catalog does not hold. */
    BUNDLE_ITEM_UNKNOWN(400, "一件事中包含事项库中不存在的事项。"),
    /** The bundle (一件事) does not exist. */
    BUNDLE_NOT_FOUND(404, "该一件事不存在。"),
    /** The service item (事项) does not exist or is not in force. */
    ITEM_NOT_FOUND(404, "该事项不存在或已停用。"),
    /** The case (办件) does not exist. */
    CASE_NOT_FOUND(404, "未找到该办件。"),
    /** The idempotency key was reused for a different request. */
    IDEMPOTENCY_CONFLICT(409, "同一提交编号已用于另一份申请，请重新提交。"),

    // server web edge: strict input and Jetty's own refusals
    /** A text field holds a control character (NUL, ESC, …) or a broken surrogate pair. */
    TEXT_CONTROL_CHARACTER(400, "填写内容含有不可见的控制字符（如 NUL），请删除后重新提交。"),
    /** The request line (address) is longer than the server reads. */
    URI_TOO_LONG(414, "请求地址过长，已拒绝。"),
    /** The request headers are larger than the server reads. */
    HEADERS_TOO_LARGE(431, "请求头过大，已拒绝。"),
    /** The request line or headers are not valid HTTP. */
    BAD_HTTP_REQUEST(400, "请求不符合 HTTP 规范，已拒绝。"),

    /** The database does not answer (down, or the embedded one restarting); a retry with the same key is safe. */
    DATABASE_UNAVAILABLE(503, "数据库暂时无法连接（可能正在自动恢复），请稍后重试。"),

    // --- counter: item aliases (简称) ---
    /** An item's short name (简称) is too long, holds control characters or repeats another. */
    ITEM_ALIAS_INVALID(400, "简称不符合要求：每个不超过20个字，不能重复，不能含控制字符。"),

    /** The server cannot be reached (client side only). */
    SERVER_UNREACHABLE(503, "无法连接服务器，请检查网络。"),
    /** The printer is offline or rejected the job (client side only). */
    PRINTER_UNAVAILABLE(503, "打印机不可用，请检查打印机是否开启并联机。"),
    /** Anything unexpected; details stay in the server log. */
    INTERNAL_ERROR(500, "系统内部错误，请稍后重试。"),

    // issue 9: calendar (工作日历) and due-date counting
    /** A working-day calendar file has problems; every located problem is listed. */
    CALENDAR_FILE_INVALID(400, "工作日历文件有误，请按提示逐行修改后重新导入。"),
    /** A calendar file cannot be read (missing, unreadable, not UTF-8). */
    CALENDAR_FILE_UNREADABLE(400, "无法读取工作日历文件，请检查文件是否存在、是否为 UTF-8 编码的 CSV。"),
    /** A calendar line does not have the columns date,kind,holiday[,counts_as_statutory]. */
    CALENDAR_LINE_MALFORMED(400, "日历行格式不正确，应为：日期,类型,节日名称[,是否计为法定节假日]。"),
    /** A calendar date is not a real date, e.g. 2025-02-30. */
    CALENDAR_DATE_IMPOSSIBLE(400, "日期不存在或格式不是 YYYY-MM-DD。"),
    /** The same date appears twice with the same kind. */
    CALENDAR_DATE_DUPLICATE(400, "同一日期重复出现。"),
    /** A kind other than off, work, regional. */
    CALENDAR_KIND_UNKNOWN(400, "类型只能是 off（法定节假日）、work（调休上班）或 regional（地方休息日）。"),
    /** The same date is listed both as a day off and as a working day. */
    CALENDAR_DAY_OFF_AND_WORK(400, "同一日期既被列为休息日又被列为上班日。"),
    /** A make-up working day (调休上班) that falls on Monday to Friday, which is a working day anyway. */
    CALENDAR_MAKEUP_ON_WEEKDAY(400, "调休上班日必须是周六或周日；周一至周五本来就是工作日。"),
    /** A year that has entries but no day off at all. */
    CALENDAR_YEAR_WITHOUT_OFF_DAYS(400, "该年份没有任何法定节假日，放假安排不完整。"),
    /** The holiday name column is empty. */
    CALENDAR_HOLIDAY_NAME_MISSING(400, "节日名称不能为空。"),
    /** The counts_as_statutory column is neither true nor false, or is given for a make-up working day. */
    CALENDAR_STATUTORY_FLAG_INVALID(400, "“是否计为法定节假日”只能填 true 或 false，且只适用于 off 和 regional。"),
    /** A date outside the years the calendar precomputes (2000–2100). */
    CALENDAR_DATE_OUT_OF_RANGE(400, "日期超出工作日历支持的范围（2000年至2100年）。"),
    /** A working-day count that is negative or absurdly large. */
    DEADLINE_WORKING_DAYS_INVALID(400, "工作日数必须是 0 到 3650 之间的整数。"),
    /** A clock stop (暂停计时) that ends before it starts. */
    CLOCK_STOP_INVERTED(400, "暂停计时的结束日期早于开始日期。"),
    /** Two clock stops (暂停计时) of one case overlap. */
    CLOCK_STOP_OVERLAP(400, "暂停计时的时间段相互重叠。"),
    /** Office hours (办公时间) are empty, inverted or overlapping, e.g. not 09:00-12:00,13:30-17:30. */
    OFFICE_HOURS_INVALID(400, "办公时间格式不正确，应如 09:00-12:00,13:30-17:30，各时段不能重叠或颠倒。"),

    // issue 9: calendar server (import, versions)
    /** An imported calendar file has problems (each listed with its line and CALENDAR_* code); nothing changed. */
    CALENDAR_IMPORT_INVALID(422, "日历文件有错误，未导入任何内容。请按错误清单修改后重新导入。"),
    /** A published year in the file differs from the installed one; the answer lists the days; confirm to apply. */
    CALENDAR_YEAR_CONFLICT(409, "文件中的年份与已发布的日历不同，请核对差异后确认导入。"),
    /** One line of a {@link #CALENDAR_YEAR_CONFLICT}: the file makes an ordinary day special. */
    CALENDAR_DAY_ADDED(409, "文件新增了一个节假日或调休日。"),
    /** One line of a {@link #CALENDAR_YEAR_CONFLICT}: the file makes a special day ordinary. */
    CALENDAR_DAY_REMOVED(409, "文件取消了一个节假日或调休日。"),
    /** One line of a {@link #CALENDAR_YEAR_CONFLICT}: the file changes a day's kind or holiday. */
    CALENDAR_DAY_CHANGED(409, "文件改变了一个节假日或调休日。"),
    /** The source text (通知文号) of an import is too long or holds control characters. */
    CALENDAR_SOURCE_INVALID(400, "来源说明不能超过200个字，不能含控制字符。"),
    /** A calendar year outside what the calendar covers. */
    CALENDAR_YEAR_OUT_OF_RANGE(400, "年份应在 2000 到 2100 之间。"),

    // issue 9: case lifecycle
    /** The action is not allowed from the case's current state (or not for this kind of item). */
    TRANSITION_NOT_ALLOWED(409, "办件当前状态不允许该操作。"),
    /** The caller's roles may not take this action on a case. */
    TRANSITION_ROLE_FORBIDDEN(403, "您的岗位不能执行该办件操作。"),
    /** The case changed since the caller read it (expectedStateVersion differs). */
    CASE_STATE_VERSION_CONFLICT(409, "办件已被他人处理，请刷新后重试。"),
    /** The action needs a reason (理由) and none was given. */
    TRANSITION_REASON_REQUIRED(400, "请填写理由。"),
    /** A date of the transition is missing or impossible (e.g. a supplement due date before today). */
    TRANSITION_DATE_INVALID(400, "日期不正确。"),
    /** The one-time supplement notice (一次告知) comes after the 5-working-day period (Art. 32(4)). */
    SUPPLEMENT_NOTICE_PERIOD_PASSED(409, "已超过收件后五个工作日的一次告知期限，依法视为受理，不能再告知补正。"),
    /** The special procedure kind is not one the item has (or does not stop the clock). */
    SUSPENSION_KIND_NOT_ALLOWED(400, "本事项没有该特别程序，或该程序不中止办理时限。"),
    /** A suspension ends before it starts, starts before acceptance or in the future. */
    SUSPENSION_DATES_INVALID(400, "特别程序的起止日期不正确。"),
    /** A suspension overlaps one recorded earlier. */
    SUSPENSION_OVERLAP(409, "特别程序的期间与已记录的特别程序重叠。"),
    /** An extension (Art. 42) names no approver (负责人) or one who is not an enabled supervisor. */
    EXTENSION_APPROVER_INVALID(400, "延长期限须经负责人批准：请填写在岗的监督（负责人）账号。"),
    /** The item allows no further extension. */
    EXTENSION_LIMIT_REACHED(409, "本办件的延期次数已用完。"),
    /** The extension exceeds what Art. 42 allows (10 working days, 15 for joint handling). */
    EXTENSION_BEYOND_LEGAL_MAXIMUM(400, "延长期限超过法定上限（十个工作日，联合办理十五个工作日）。"),

    // issue 9: supervision (红黄牌, case lists, alert stream)
    /** A case-list filter (scope, page, size, date, counter, sort, or an unknown parameter) is malformed. */
    CASE_LIST_FILTER_INVALID(400, "查询条件不正确。"),
    /** A case-list level filter names no 红黄牌 level (NONE, WARNING, YELLOW, RED). */
    CASE_LIST_LEVEL_UNKNOWN(400, "预警级别不正确，应为 NONE、WARNING、YELLOW 或 RED。"),
    /** A case-list state filter names no case state. */
    CASE_LIST_STATE_UNKNOWN(400, "办件状态不正确。"),
    /** Listing all cases (scope=all) or exporting them needs the SUPERVISOR role. */
    CASE_LIST_SCOPE_FORBIDDEN(403, "只能查看本人经办的办件；查看全部办件需要监察岗位。"),
    /** An export would hold more rows than one workbook takes. */
    CASE_EXPORT_TOO_LARGE(400, "导出的办件过多，请缩小查询范围后再导出。"),
    /** The Last-Event-ID of an alert stream is not an event number. */
    ALERT_STREAM_EVENT_ID_INVALID(400, "Last-Event-ID 应为非负整数（上次收到的预警事件编号）。"),

    // issue 10: applicant documents
    /** No or an unknown document type (证件类型) was given with a document number. */
    DOCUMENT_TYPE_REQUIRED(400, "请选择证件类型。"),
    /** The number is well formed but belongs to another document type (e.g. a 居住证 number typed as 身份证). */
    DOCUMENT_TYPE_MISMATCH(400, "证件号码与所选证件类型不符，请核对证件类型。"),
    /** A 港澳居民来往内地通行证 number is not H/M followed by 8 or 10 digits. */
    HK_MACAO_PERMIT_FORMAT(400, "港澳居民来往内地通行证号码格式不正确：应为 H 或 M 加 8 位数字（旧证为 10 位数字）。"),
    /** A 台湾居民来往大陆通行证 number is not 8 digits (or one of the older forms). */
    TAIWAN_PERMIT_FORMAT(400, "台湾居民来往大陆通行证号码格式不正确：应为 8 位数字（旧证为 10 位数字，可带括号内的签发机关代码）。"),
    /** A 港澳台居民居住证 number does not start with 810000, 820000 or 830000 or is not 18 characters. */
    RESIDENCE_PERMIT_FORMAT(400, "港澳台居民居住证号码格式不正确：应为 18 位，以 810000（香港）、820000（澳门）或 830000（台湾）开头。"),
    /** A 外国人永久居留身份证 number fits neither the 2017 nor the 2023 format. */
    FOREIGN_RESIDENCE_ID_FORMAT(400, "外国人永久居留身份证号码格式不正确：应为 18 位数字且以 9 开头（2023 年版），或 3 个字母加 12 位数字（2017 年版）。"),
    /** A passport number is not 5–20 letters and digits. */
    PASSPORT_NUMBER_FORMAT(400, "护照号码格式不正确：应为 5 至 20 位字母或数字。"),
    /** The birth date inside a GB 11643-format permit number does not exist or lies in the future. */
    DOCUMENT_NUMBER_BIRTH_DATE(400, "证件号码中的出生日期不存在。"),
    /** The GB 11643 (ISO 7064 MOD 11-2) check character of a permit number does not match. */
    DOCUMENT_NUMBER_CHECKSUM(400, "证件号码校验位不正确，请核对后重新输入。"),
    /** The first character of a credit code is no registration authority, or the second no type of that authority. */
    CREDIT_CODE_AUTHORITY(400, "统一社会信用代码第 1、2 位（登记管理部门代码、机构类别代码）不正确。"),
    /** Characters 3–8 of a credit code are not a six-digit region code. */
    CREDIT_CODE_REGION(400, "统一社会信用代码第 3–8 位应为 6 位数字的登记管理机关行政区划码。"),
    /** Characters 9–17 of a credit code are no GB 11714 organisation code with a right check character. */
    CREDIT_CODE_ORGANIZATION_CODE(400, "统一社会信用代码第 9–17 位（组织机构代码）的校验码不正确。"),
    /** An agent (代理人) was given without the document type, number, name or phone. */
    AGENT_INCOMPLETE(400, "代理人须填写证件类型、证件号码、姓名和联系电话。"),

    // issue 11: identity reading at the counter
    /** A card-read audit notice names no card kind this system reads (居民身份证, 居住证, 永居证, 社会保障卡). */
    IDENTITY_CARD_KIND_UNKNOWN(400, "读卡记录中的证件种类无法识别。"),

    // issue 10: intake outcomes
    /** A risky item (公共安全、生态环境、人身健康、生命财产安全) allows 容缺 or 告知承诺 against the rules or the hall's setting. */
    ITEM_RISK_FORBIDS_DEFERRAL(400, "涉及公共安全、生态环境、人身健康、生命财产安全的事项不适用容缺受理或告知承诺。"),
    /** A material's supplement period is missing its ground, not positive, or longer than the promised limit. */
    SUPPLEMENT_PERIOD_INVALID(400, "容缺材料补交期限应为正整数个工作日，且不得超过承诺办结时限。"),
    /** A bundle member asks the applicant for a document another member of the same bundle produces. */
    BUNDLE_ASKS_FOR_OWN_RESULT(400, "一件事中的事项不得要求申请人提交本一件事其他事项办理产生的材料。"),
    /** The intake checklist leaves out a material of the item, names one twice, or names one the item lacks. */
    INTAKE_CHECKLIST_MISMATCH(400, "材料清单与事项的申请材料不一致。"),
    /** A checklist entry is inconsistent: received without how, negative counts, a required material marked not applicable. */
    INTAKE_MATERIAL_ENTRY_INVALID(400, "材料登记不正确。"),
    /** An outcome needs every applicable material and one is missing or wrong. */
    INTAKE_MATERIAL_MISSING(400, "申请材料不齐全，不能受理。"),
    /** 容缺受理 on an item that does not allow it, or for a material that may not be deferred. */
    INTAKE_DEFERRAL_NOT_ALLOWED(400, "不适用容缺受理。"),
    /** 容缺受理 or 告知承诺 without the applicant's signed letter of commitment. */
    INTAKE_COMMITMENT_NOT_SIGNED(400, "申请人未签署承诺书，不能容缺受理或按告知承诺办理。"),
    /** The supplement due date lies after the promised due date or after a material's own supplement period. */
    INTAKE_SUPPLEMENT_DUE_TOO_LATE(400, "容缺材料补交期限不得晚于承诺办结期限。"),
    /** 一次性告知 with nothing missing or wrong, or a wrong material without saying what is wrong. */
    INTAKE_NOTHING_TO_SUPPLEMENT(400, "没有需要补正的材料，不能出具一次性告知书。"),
    /** A refusal (不予受理, 不需许可, 当场不予许可) without reasons, legal basis or the competent authority. */
    INTAKE_REFUSAL_INCOMPLETE(400, "不予受理须写明理由和法律依据。"),
    /** A refusal that must name remedies while the hall has no reconsideration body or court configured. */
    INTAKE_REMEDIES_NOT_CONFIGURED(400, "本大厅未配置行政复议机关和人民法院，无法告知救济途径，请联系管理员。"),
    /** The item requires the genuine-intent question (老年人权益保障法 Art. 55) and it was not recorded. */
    INTAKE_GENUINE_INTENT_NOT_ASKED(400, "本事项须询问并记录是否为申请人的真实意思表示（老年人权益保障法第五十五条）。"),
    /** 告知承诺 on an item that does not allow it. */
    INTAKE_COMMITMENT_NOT_ALLOWED(400, "本事项不适用告知承诺制。"),
    /** A decision on the spot (准予/不予许可) for an item that is not a 即办件. */
    INTAKE_NOT_IMMEDIATE(400, "只有即办件可以当场作出决定。"),
    /** 当场更正 without saying what was corrected. */
    INTAKE_CORRECTION_NOTE_REQUIRED(400, "当场更正须写明更正的内容。"),
    /** A supplement recorded for a case that waits for none. */
    SUPPLEMENT_NOT_PENDING(409, "该办件没有待补交的材料。"),
    // issue 12: hall queue (排队叫号)
    /** A ticket number that is not a prefix letter followed by digits, or out of range. */
    TICKET_NUMBER_INVALID(400, "排队号格式不正确，应如 A012。"),
    /** Queue settings that break a rule; every violation is listed in the problems. */
    QUEUE_SETTINGS_INVALID(422, "叫号设置有误，请按提示修改后再保存。"),
    /** Someone saved the queue settings after this administrator read them. */
    QUEUE_SETTINGS_CONFLICT(409, "叫号设置已被他人修改，请重新打开后再保存。"),
    /** No category with that code. */
    QUEUE_CATEGORY_NOT_FOUND(404, "没有该业务类别。"),
    /** The category is closed (停止取号) or the transfer target is. */
    QUEUE_CATEGORY_CLOSED(409, "该业务类别已停止取号。"),
    /** A ticket asked for outside the category's issuing windows. */
    QUEUE_OUTSIDE_WINDOW(409, "当前不在取号时段。"),
    /** The category's daily limit is reached. */
    QUEUE_CAP_REACHED(409, "今日该业务号已取完。"),
    /** The person already holds an active ticket of this category today. */
    QUEUE_ALREADY_HAS_TICKET(409, "您今天已取得该类业务的号，请留意叫号。"),
    /** A priority reason the hall does not grant, or one reception cannot assert. */
    QUEUE_PRIORITY_NOT_GRANTED(400, "本大厅未设置该优先类别。"),
    /** The counter is paused (暂停服务). */
    QUEUE_COUNTER_PAUSED(409, "本窗口已暂停服务，请先恢复服务再叫号。"),
    /** The counter still has a called or served ticket. */
    QUEUE_COUNTER_BUSY(409, "请先办结、过号、挂起或转移当前的号，再叫下一位。"),
    /** Nobody waits in the counter's categories. */
    QUEUE_EMPTY(404, "当前没有等候的号。"),
    /** No ticket with that id or number today. */
    QUEUE_TICKET_NOT_FOUND(404, "今天没有这个号。"),
    /** The ticket's state does not allow the action (e.g. recalling a finished ticket). */
    QUEUE_TICKET_STATE(409, "该号当前的状态不能进行此操作。"),
    /** Another counter called or changed the ticket first (a stale screen). */
    QUEUE_TICKET_TAKEN(409, "该号已被其他窗口处理。"),
    /** 过号 before the configured calls and wait. */
    QUEUE_MISSED_TOO_EARLY(409, "呼叫次数或等候时间不足，暂不能过号。"),
    /** The counter does not serve the ticket's category. */
    QUEUE_NOT_SERVED_HERE(409, "本窗口不办理该业务类别。"),
    /** Too many tickets asked for from one kiosk or address; the answer says when to try again. */
    QUEUE_RATE_LIMITED(429, "取号过于频繁，请稍后再试。"),
    /** The server's database has no hall yet, so there is no queue to serve (a fresh external database). */
    HALL_NOT_REGISTERED(503, "本服务器尚未登记大厅，排队叫号无法使用，请管理员先完成大厅设置。"),
    // issue 10: applicants (kinds, agents, lookup, 授权委托书, intake-only transitions)
    /** Fields of another applicant kind were sent (a credit code for a natural person, a document for a company). */
    APPLICANT_KIND_MISMATCH(400, "申请人信息与申请人类型不符。"),
    /** A legacy {@code idNumber} that differs from {@code documentNumber}, or comes with another document type. */
    APPLICANT_DOCUMENT_CONFLICT(400, "身份证号码（idNumber）与证件号码不一致，请只填写证件类型和证件号码。"),
    /** An organisation's name (单位名称) that is too long or holds control characters. */
    ORGANISATION_NAME_INVALID(400, "单位名称不正确。"),
    /** No applicant with that document or credit code was ever recorded in this hall. */
    APPLICANT_NOT_FOUND(404, "未找到该申请人的办件记录，请按新申请人登记。"),
    /** A case with an agent (代理人) decided without the applicant's 授权委托书 received. */
    INTAKE_AGENT_AUTHORISATION_MISSING(400, "由代理人办理的，须收取申请人签署的授权委托书后才能受理。"),
    /** An intake outcome (受理, 容缺受理, 补正告知, 不予受理, ...) sent to the transitions route instead of intake. */
    TRANSITION_REQUIRES_INTAKE(409, "收件后的受理结果须按材料清单登记（POST /api/cases/{caseNo}/intake），不能直接变更办件状态。"),

    // issue 10: case documents (文书 issued, numbered and kept by the server)
    /** The case has no document with this id. */
    DOCUMENT_NOT_FOUND(404, "未找到该文书。"),
    /** The paper asked for is unknown, or the document's kind is not printed on it (only A4 for most notices). */
    DOCUMENT_PAPER_NOT_AVAILABLE(400, "该文书没有这种纸张的版式。"),
    /** A window clerk asked for the documents of a case received in another hall. */
    CASE_OF_OTHER_HALL(403, "该办件不是本大厅受理的，无权查看其文书。"),
    /** The hall's 文书编号 pattern cannot number documents (missing {kind}, {year} or {seq}, unknown token). */
    DOCUMENT_NUMBER_PATTERN_INVALID(400, "文书编号格式不正确。"),
    // issue 10: bundles (一件事 parent and child cases)
    /** A bundle's own promised limit is longer than a member's statutory limit allows, or not positive. */
    BUNDLE_LIMIT_EXCEEDS_STATUTORY(400, "一件事承诺时限不得超过其中任一事项的法定办结时限。"),
    /** A bundle application for a bundle that does not exist. */
    BUNDLE_CASE_BUNDLE_UNKNOWN(404, "该一件事不存在或已停用。"),
    /** A bundle application whose member item has no version in force. */
    BUNDLE_CASE_MEMBER_NOT_IN_FORCE(409, "一件事中有事项当前没有生效版本，不能受理。"),
    /** A bundle intake whose merged checklist does not match the bundle's merged material list. */
    BUNDLE_INTAKE_CHECKLIST_MISMATCH(400, "一件事合并材料清单与本一件事的材料不一致。"),
    /** A case-level operation that only a bundle's parent case (or only a single case) may take. */
    BUNDLE_CASE_NOT_PARENT(409, "该办件不是一件事的主办件。"),
    /** A transition asked of a 一件事 parent case, whose state its children decide. */
    BUNDLE_PARENT_NO_TRANSITION(409, "一件事主办件的状态由各子办件决定：请对子办件办理，或通过一件事受理登记。"),
    // issue 12: live stream
    /** A Last-Event-ID (header or lastEventId parameter) of the queue's stream that is not an event id. */
    QUEUE_STREAM_EVENT_ID_INVALID(400, "事件编号（Last-Event-ID）不正确，请不带编号重新连接。"),
    /** Too many public queue streams at once, from one address or in all; the answer says when to try again. */
    QUEUE_STREAM_BUSY(503, "实时叫号连接过多，请稍后再试。"),
    // issue 12: kiosk and bookings
    /** A booking in a category that does not take bookings. */
    BOOKING_NOT_OFFERED(409, "该业务类别不提供预约。"),
    /** A booking for a day that is past, today, too far ahead or not a working day. */
    BOOKING_DAY_NOT_OPEN(409, "该日期不能预约。"),
    /** A booking for a time that is not one of the category's slots. */
    BOOKING_SLOT_NOT_FOUND(404, "没有该预约时段。"),
    /** Every place of the slot is taken. */
    BOOKING_SLOT_FULL(409, "该时段已约满，请选择其他时段。"),
    /** The person already holds a booking of the category on that day. */
    BOOKING_ALREADY_BOOKED(409, "您已预约该日的此项业务，不能重复预约。"),
    /** Too many missed bookings: the right to book is suspended. */
    BOOKING_BANNED(403, "因多次预约未到，暂停预约资格。"),
    /** Cancelling later than the policy allows before the slot. */
    BOOKING_CANCEL_TOO_LATE(409, "已超过可取消时间。"),
    /** No such booking (unknown key, or no booking of the person today). */
    BOOKING_NOT_FOUND(404, "没有找到预约。"),
    /** The booking is cancelled, checked in or missed and cannot change any more. */
    BOOKING_STATE(409, "该预约当前的状态不能进行此操作。"),
    /** A check-in after the booked slot ended. */
    BOOKING_CHECKIN_TOO_LATE(409, "预约时段已过，请取普通号。"),
    /** The booking page or kiosk sent too many requests from one address. */
    BOOKING_RATE_LIMITED(429, "操作过于频繁，请稍后再试。"),
    // issue 12: queue figures
    /** The queue day asked for is missing or not a date written YYYY-MM-DD. */
    QUEUE_FIGURES_DAY_INVALID(400, "排队日期不存在或格式不是 YYYY-MM-DD。"),
    // issue 12: counter panel and the case's ticket (窗口叫号、办件关联排队号)
    /** A case created for a ticket this counter is not calling or serving now. */
    CASE_TICKET_NOT_AT_COUNTER(409, "该排队号不是本窗口当前叫号或办理中的号，不能关联到办件。"),
    // issue 10: supplements and status
    /** A 领取方式 the item does not allow (core CollectionMethod.allowedFor). */
    COLLECTION_METHOD_NOT_ALLOWED(400, "该事项不提供这种领取方式。"),
    /** The public status page: case number and 查询密码 do not match (or the case has no password). */
    STATUS_PASSWORD_WRONG(401, "办件编号或查询密码不正确。"),
    /** The public status page: too many attempts from one address. */
    STATUS_RATE_LIMITED(429, "查询过于频繁，请稍后再试。"),
    // issue 10: hall settings
    /** 大厅设置 refused: the message names the first field at fault, the problems locate every one. */
    HALL_SETTINGS_INVALID(400, "大厅设置填写不正确。"),
    /** A 咨询电话 or 监督投诉电话 that is not digits in dash-joined groups of 3–20 characters (core HallServicePhone). */
    HALL_SERVICE_PHONE_INVALID(400, "大厅服务电话格式不正确。"),
    /** A document kind's code (文书代字) too long, with blanks or braces, or the same as another kind's. */
    HALL_DOCUMENT_CODE_INVALID(400, "文书代字不正确。");

    private final int httpStatus;
    private final String defaultMessage;

    ErrorCode(int httpStatus, String defaultMessage) {
        this.httpStatus = httpStatus;
        this.defaultMessage = defaultMessage;
    }

    /** Returns the HTTP status the server answers with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns the default Chinese message for staff. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
