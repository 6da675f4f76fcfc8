package org.yichuang.client.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The short forms (简称) by which clerks name departments: 市场监督管理局 is 市场监管局 ({@code scjg}), 人力资源和社会保障局
 * is 人社局 ({@code rsj}). Only the forms in national use are listed; any other department is still found by its
 * full name.
 */
final class DepartmentShortNames {
    /** Long fragment → short form, longest first where one contains another. */
    private static final String[][] SHORTER = {
        {"市场监督管理", "市场监管"},
        {"人力资源和社会保障", "人社"},
        {"卫生健康委员会", "卫健委"},
        {"卫生健康", "卫健"},
        {"住房和城乡建设", "住建"},
        {"文化广电体育和旅游", "文广体旅"},
        {"文化广电和旅游", "文广旅"},
        {"文化和旅游", "文旅"},
        {"医疗保障", "医保"},
        {"住房公积金管理中心", "公积金中心"},
        {"交通运输", "交通"},
        {"发展和改革", "发改"},
        {"生态环境", "环保"},
        {"行政审批", "审批"},
        {"退役军人事务", "退役军人"},
        {"应急管理", "应急"},
        {"国家税务总局", ""},
    };

    private DepartmentShortNames() {
    }

    /** Returns the folded department name and, when it has one, its short form. */
    static List<String> forms(String foldedDepartment) {
        List<String> forms = new ArrayList<>(2);
        forms.add(foldedDepartment);
        String shorter = foldedDepartment;
        for (String[] pair : SHORTER) {
            shorter = shorter.replace(pair[0], pair[1]);
        }
        if (!shorter.isEmpty() && !shorter.equals(foldedDepartment)) {
            forms.add(shorter);
        }
        return forms;
    }
}
