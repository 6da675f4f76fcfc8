package org.yichuang.catalogio.xlsx;

import static org.yichuang.catalogio.xlsx.ItemSheet.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.Problem;

/** Reads the rows of the 事项 sheet into items (without materials; those come from the 申请材料 sheet). */
final class ItemRows {
    private ItemRows() {
    }

    /**
     * An item as its row gives it.
     *
     * @param failed the item's fields whose cells were already reported
     */
    record ItemRow(int row, ServiceItem item, Set<String> failed) {
    }

    static List<ItemRow> read(SheetContext sheet, List<Problem> problems) {
        List<ItemRow> out = new ArrayList<>();
        for (SheetRow row : sheet.dataRows()) {
            CellReader r = new CellReader(sheet, row, problems);
            if (!r.blank(COLUMNS)) {
                out.add(new ItemRow(row.number(), item(r), r.failed()));
            }
        }
        return out;
    }

    private static ServiceItem item(CellReader r) {
        String code = r.text(IMPLEMENTATION_CODE);
        String baseCode = r.text(BASE_CODE);
        String name = r.text(ITEM_NAME);
        List<String> aliases = aliases(r.text(ALIASES));
        ItemType type = r.choice(ITEM_TYPE, Labels.ITEM_TYPES);
        String department = r.text(DEPARTMENT);
        String creditCode = r.text(CREDIT_CODE);
        String legalBasis = r.text(LEGAL_BASIS);
        TimeLimit statutory = limit(r, STATUTORY, STATUTORY_UNIT);
        TimeLimit promised = limit(r, PROMISED, PROMISED_UNIT);
        CaseKind caseKind = r.choice(CASE_KIND, Labels.CASE_KINDS);
        String conditions = r.text(CONDITIONS);
        List<String> steps = r.lines(PROCESS);
        Fee fee = fee(r);
        Set<ServiceObject> objects = r.choices(SERVICE_OBJECTS, Labels.SERVICE_OBJECTS, ServiceObject.class);
        Set<Channel> channels = r.choices(CHANNELS, Labels.CHANNELS, Channel.class);
        Integer visits = r.integer(VISITS);
        var procedures = ProcedureCells.read(r, PROCEDURES);
        String resultName = r.text(RESULT_NAME);
        Set<DeliveryOption> delivery = r.choices(DELIVERY, Labels.DELIVERY, DeliveryOption.class);
        Boolean deferral = r.yesNo(DEFERRAL);
        Contacts contacts = contacts(r);
        // blank clock cells take the record's defaults (one extension, not joint, no step limits)
        Integer maxExtensions = r.integer(MAX_EXTENSIONS);
        Boolean joint = r.yesNo(JOINT_HANDLING);
        var stepLimits = StepLimitCells.read(r, STEP_LIMITS);
        // blank intake cells: no risk, no 告知承诺, the department's seal, no intent question
        RiskCategory risk = r.choice(RISK, Labels.RISK_CATEGORIES);
        Boolean commitment = r.yesNo(COMMITMENT);
        Integer postCheck = r.integer(POST_CHECK);
        String sealOwner = r.text(SEAL_OWNER);
        Boolean askIntent = r.yesNo(ASK_INTENT);
        return new ServiceItem(baseCode, code, name, type, department, creditCode, legalBasis, statutory, promised,
                caseKind, conditions, steps, fee, objects, channels, visits == null ? 0 : visits, procedures,
                resultName, delivery, Boolean.TRUE.equals(deferral), contacts, List.of(), aliases, maxExtensions,
                joint, stepLimits, risk, commitment, postCheck, sealOwner, askIntent);
    }

    /** Splits the 简称 cell; empty parts ("社保、、医保") are dropped rather than reported, as a trailing 、 is common. */
    private static List<String> aliases(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(ALIAS_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A limit needs both its number and its unit; a missing number is left for the rules to report. */
    static TimeLimit limit(CellReader r, Column value, Column unitColumn) {
        Integer number = r.integer(value);
        LimitUnit unit = r.choice(unitColumn, Labels.LIMIT_UNITS);
        if (number != null && unit == null && !r.failed(unitColumn)) {
            r.missing(unitColumn, "请填写" + unitColumn.header() + "（" + String.join("、", Labels.LIMIT_UNITS.labels())
                    + "）。");
        }
        return number == null || unit == null ? null : new TimeLimit(number, unit);
    }

    private static Fee fee(CellReader r) {
        Boolean charged = r.yesNo(FEE_CHARGED);
        Long fen = r.fen(FEE_AMOUNT);
        String basis = r.text(FEE_BASIS);
        if (charged == null) {
            return null;   // the rules say 请填写是否收费 unless the cell was already reported
        }
        return new Fee(charged, fen == null ? 0 : fen, basis);
    }

    private static Contacts contacts(CellReader r) {
        String consult = r.text(CONSULT_PHONE);
        String supervision = r.text(SUPERVISION_PHONE);
        String hours = r.text(OFFICE_HOURS);
        String place = r.text(PLACE);
        if (consult == null && supervision == null && hours == null && place == null) {
            return null;
        }
        return new Contacts(consult, supervision, hours, place);
    }
}
