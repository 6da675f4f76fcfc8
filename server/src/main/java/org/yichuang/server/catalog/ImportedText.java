package org.yichuang.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.core.text.ControlCharacters;

/**
 * Finds control characters in every text of an imported catalog (导入的事项库), whichever file format it came in: the
 * API refuses them in any text it reads, and PostgreSQL cannot store a NUL in a jsonb version row at all.
 */
final class ImportedText {
    /** Enough to show where the trouble is without an answer of thousands of lines. */
    private static final int MAX_PROBLEMS = 100;

    private ImportedText() {
    }

    /** Returns one problem per text holding a control character, located by its field path. */
    static List<Problem> controlCharacters(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        walk(document, "", problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, List<Problem> problems) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (node.isTextual() && ControlCharacters.presentIn(node.textValue())) {
            problems.add(Problem.at(path, ErrorCode.TEXT_CONTROL_CHARACTER,
                    path + " 含有不可见的控制字符（如 NUL），请删除后重新导入。"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), problems);
            }
        }
    }
}
