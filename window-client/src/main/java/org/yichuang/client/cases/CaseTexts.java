package org.yichuang.client.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yichuang.client.ui.Messages;

/**
 * How cases read on screen, in one place for the list and the detail pane: Chinese state and level names, hall-local
 * dates, "（暂定）" on provisional due dates and the remaining working days ("超期N个工作日" when overdue).
 */
public final class CaseTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final ZoneId hallZone;

    /** Formats with {@code messages} in the hall's time zone (a day boundary is the hall's, not this PC's). */
    public CaseTexts(Messages messages, ZoneId hallZone) {
        this.messages = messages;
        this.hallZone = hallZone;
    }

    /** Returns the bundle. */
    public Messages messages() {
        return messages;
    }

    /** Returns the hall's time zone. */
    public ZoneId hallZone() {
        return hallZone;
    }

    /** Returns the state's Chinese name, or the code when this client does not know it yet. */
    public String state(String code) {
        return code == null ? "" : lookup("case.state." + code, code);
    }

    /** Returns the level's name: 预警, 黄牌, 红牌, or 正常 for none. */
    public String card(AlertCard card) {
        return messages.text("case.card." + card.name());
    }

    /** Returns the action's button label, e.g. 受理, or the code when this client does not know it yet. */
    public String action(String code) {
        return lookup("case.action." + code, code);
    }

    /** Returns the acceptance basis (受理依据) in words. */
    public String acceptanceBasis(String code) {
        return code == null ? "" : lookup("case.basis." + code, code);
    }

    /** Returns the suspension kind (特别程序种类) in words. */
    public String suspensionKind(String code) {
        return code == null ? "" : lookup("case.kind." + code, code);
    }

    /** Returns the hall-local date of {@code at}, or empty. */
    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(hallZone));
    }

    /** Returns the hall-local date and minute of {@code at}, or empty. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(hallZone));
    }

    /** Returns a due date, with "（暂定）" when the year has no published schedule yet. */
    public String dueDate(LocalDate due, boolean provisional) {
        if (due == null) {
            return messages.text("case.due.none");
        }
        return provisional ? messages.text("case.due.provisional", DATE.format(due)) : DATE.format(due);
    }

    /** Returns the remaining working days: 剩N个工作日, 今日到期, or 超期N个工作日 when negative. */
    public String remaining(Integer workingDays) {
        if (workingDays == null) {
            return "";
        }
        if (workingDays < 0) {
            return messages.text("case.remaining.overdue", -workingDays);
        }
        return workingDays == 0 ? messages.text("case.remaining.today")
                : messages.text("case.remaining.days", workingDays);
    }

    private String lookup(String key, String fallback) {
        return messages.has(key) ? messages.text(key) : fallback;
    }
}
