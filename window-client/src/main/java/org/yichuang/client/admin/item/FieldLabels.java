package org.yichuang.client.admin.item;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.MaterialKind;

/** Names rule paths (字段) and times the way the editor shows them: {@code materials[2].deferrable} → 申请材料第3项 · 可容缺. */
public final class FieldLabels {
    private static final java.util.regex.Pattern STEP_ROW = java.util.regex.Pattern.compile("^stepLimits\\[(\\d+)].*");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;
    private final ZoneId zone;

    /** Creates the labels in the hall's time zone. */
    public FieldLabels(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** Returns the Chinese name of a field path; unknown paths are shown as they are. */
    public String describe(String path) {
        if (path == null || path.isBlank()) {
            return messages.text("admin.field.item");
        }
        String root = path.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        FieldIssue probe = new FieldIssue(path, "", false);
        String rest = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : null;
        if (root.equals("materials") && probe.materialRow() >= 0) {
            String base = messages.text("admin.field.materialRow", probe.materialRow() + 1);
            return rest == null ? base : base + " · " + label("admin.material.column." + rest, rest);
        }
        java.util.regex.Matcher step = STEP_ROW.matcher(path);
        if (step.matches()) {
            return messages.text("admin.field.stepLimitRow", Integer.parseInt(step.group(1)) + 1);
        }
        if (path.startsWith("stepLimits.")) {
            return messages.text("admin.field.stepLimits") + " · " + path.substring("stepLimits.".length());
        }
        if (root.equals("specialProcedures") && probe.procedureIndex() >= 0) {
            return messages.text("admin.field.procedureRow", probe.procedureIndex() + 1);
        }
        return label("admin.field." + (path.startsWith("contacts.") ? rest : root), path);
    }

    /** Formats an instant in the hall's zone, minutes precision. */
    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }

    /** 即办件 / 承诺件 (core's CatalogLabels has no wording for it yet). */
    public String caseKind(CaseKind kind) {
        return messages.text("caseKind." + kind.name());
    }

    /** 工作日 / 自然日 / 小时; in English singular or plural as {@code count} asks (1 working day, 2 hours). */
    public String unit(LimitUnit unit, Number count) {
        return messages.text("admin.unit." + unit.name(), count == null ? 0 : count);
    }

    /** 身份证明 / 申请表 / 其他材料. */
    public String materialKind(MaterialKind kind) {
        return messages.text("admin.materialKind." + kind.name());
    }

    private String label(String key, String fallback) {
        return messages.has(key) ? messages.text(key) : fallback;
    }
}
