package org.yichuang.client.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.supervision.AlertLevel;

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

    /** Parses the server's level code; unknown or missing means {@link AlertLevel#NONE}. */
    public static AlertLevel level(String code) {
        if (code == null) {
            return AlertLevel.NONE;
        }
        try {
            return AlertLevel.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return AlertLevel.NONE;
        }
    }

    /** Returns the state's name (core's Chinese label). */
    public String state(CaseState state) {
        return state == null ? "" : label("case.state.", state.name(), state::label);
    }

    /** Returns the level's name: 预警, 黄牌, 红牌, or 正常 for none. */
    public String card(AlertLevel level) {
        return label("case.card.", level.name(), level::label);
    }

    /** Returns the action's name, e.g. 受理. */
    public String action(CaseAction action) {
        return label("case.action.", action.name(), action::label);
    }

    /** Returns the acceptance basis (受理依据) in words. */
    public String acceptanceBasis(AcceptanceBasis basis) {
        return basis == null ? "" : label("case.basis.", basis.name(), basis::label);
    }

    /** Returns the suspension kind (特别程序种类) in words. */
    public String suspensionKind(SpecialProcedureKind kind) {
        return kind == null ? "" : label("case.kind.", kind.name(), () -> CatalogLabels.procedure(kind));
    }

    /**
     * The Chinese labels live in {@code core} next to the enums (one rule in one place); only another language reads
     * the bundle.
     */
    private String label(String prefix, String code, java.util.function.Supplier<String> chinese) {
        if (!messages.locale().getLanguage().equals("zh") && messages.has(prefix + code)) {
            return messages.text(prefix + code);
        }
        return chinese.get();
    }

    /** Returns the hall-local date of {@code at}, or empty. */
    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(hallZone));
    }

    /** Returns the hall-local date and minute of {@code at}, or empty. */
    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(hallZone));
    }

    /** Returns a due date (承诺/法定办结日), with "（暂定）" when a year it crosses has no published schedule. */
    public String dueDate(CaseDueDate due) {
        return due == null ? messages.text("case.due.none") : dueDate(due.date(), due.provisional());
    }

    /**
     * Returns the hall day a due moment belongs to: a period that ends at 24:00 ends at the next day's 00:00, which
     * is still the due day.
     */
    public String dueDay(Instant end) {
        return end == null ? "" : date(end.minusNanos(1));
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

}
