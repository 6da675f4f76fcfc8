package org.yichuang.catalogio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yichuang.catalogio.check.FieldPaths;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Converts one JSON object (an item, a bundle) into its record and reports every bad field, not just the first
 * Jackson stops at: each failure is reported with its path, the bad value is replaced by a neutral one, and the
 * conversion is tried again.
 */
final class NodeConverter {
    /** Each round fixes one field; an item has a few dozen, so this only stops a pathological file. */
    private static final int MAX_ROUNDS = 500;

    private final ObjectMapper mapper;

    NodeConverter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The outcome for one entry.
     *
     * @param value  the record, or {@code null} when the entry could not be read at all
     * @param failed relative paths reported here ({@code ""} = the whole entry), so the rules do not repeat them
     */
    record Result<T>(T value, Set<String> failed, List<Problem> problems) {
    }

    /** A found problem and the change to the tree that gets past it. */
    private record Repair(String path, ErrorCode code, String message, List<JsonMappingException.Reference> at,
            JsonNode replacement) {
    }

    <T> Result<T> convert(JsonNode node, Class<T> type, String prefix) {
        List<Problem> problems = new ArrayList<>();
        Set<String> failed = new LinkedHashSet<>();
        if (!node.isObject()) {
            problems.add(Problem.at(prefix, ErrorCode.CATALOG_VALUE_INVALID,
                    "应为对象 {…}，实际为" + JsonValues.describe(node) + "。"));
            failed.add("");
            return new Result<>(null, failed, problems);
        }
        ObjectNode work = node.deepCopy();
        dropNullElements(work, "", prefix, problems);
        Set<String> tried = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            try {
                return new Result<>(mapper.treeToValue(work, type), failed, problems);
            } catch (JsonMappingException e) {
                Repair repair = repairFor(e, work);
                if (repair == null || !tried.add(repair.path() + "|" + e.getClass().getName())) {
                    break;
                }
                if (!covered(failed, repair.path())) {
                    problems.add(Problem.at(FieldPaths.join(prefix, repair.path()), repair.code(), repair.message()));
                }
                failed.add(repair.path());
                if (!JsonValues.replace(work, repair.at(), repair.replacement())) {
                    break;
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                break;
            }
        }
        if (problems.isEmpty()) {
            problems.add(Problem.at(prefix, ErrorCode.CATALOG_VALUE_INVALID, "无法读取此项，请检查其格式。"));
        }
        failed.add("");
        return new Result<>(null, failed, problems);
    }

    private static boolean covered(Set<String> failed, String path) {
        return failed.stream().anyMatch(f -> f.equals(path) || FieldPaths.isUnder(path, f));
    }

    /** Lists hold no nulls (the records copy them with {@code List.copyOf}): nulls are reported and dropped first. */
    private static void dropNullElements(JsonNode node, String path, String prefix, List<Problem> problems) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                dropNullElements(field.getValue(), FieldPaths.join(path, field.getKey()), prefix, problems);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                String at = path + "[" + i + "]";
                if (array.get(i).isNull()) {
                    problems.add(Problem.at(FieldPaths.join(prefix, at), ErrorCode.CATALOG_VALUE_INVALID,
                            "数组中不能有 null。"));
                    array.remove(i);
                } else {
                    dropNullElements(array.get(i), at, prefix, problems);
                }
            }
        }
    }

    private static Repair repairFor(JsonMappingException e, JsonNode work) {
        List<JsonMappingException.Reference> refs = e.getPath();
        String path = JsonValues.path(refs);
        JsonNode bad = JsonValues.at(work, refs);
        if (e instanceof UnrecognizedPropertyException u) {
            return new Repair(path, ErrorCode.CATALOG_VALUE_INVALID,
                    "未知字段“" + u.getPropertyName() + "”：本格式没有这个字段。", refs, null);
        }
        if (e instanceof ValueInstantiationException v) {
            return constructorRepair(v, refs, path, bad);
        }
        if (refs.isEmpty()) {
            return null;
        }
        if (e.getCause() instanceof InputCoercionException) {
            return new Repair(path, ErrorCode.CATALOG_VALUE_INVALID, "数值 " + bad.asText() + " 超出范围。", refs,
                    IntNode.valueOf(0));
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String message = target != null && target.isEnum() && bad.isTextual()
                    ? JsonValues.describe(bad) + "不是有效的取值；可选：" + JsonValues.enumNames(target) + "。"
                    : "应为" + JsonValues.typeName(target) + "，实际为" + JsonValues.describe(bad) + "。";
            return new Repair(path, ErrorCode.CATALOG_VALUE_INVALID, message, refs, JsonValues.neutral(target));
        }
        return new Repair(path, ErrorCode.CATALOG_VALUE_INVALID, "取值无效：" + JsonValues.describe(bad) + "。", refs,
                null);
    }

    /** A record's constructor refused: a required component is missing, or (TimeLimit) a value is negative. */
    private static Repair constructorRepair(ValueInstantiationException v, List<JsonMappingException.Reference> refs,
            String path, JsonNode bad) {
        Class<?> type = v.getType() == null ? null : v.getType().getRawClass();
        Throwable cause = v.getCause();
        RecordComponent component = cause instanceof NullPointerException ? component(type, cause.getMessage()) : null;
        if (component != null) {
            List<JsonMappingException.Reference> at = new ArrayList<>(refs);
            at.add(new JsonMappingException.Reference(null, component.getName()));
            return new Repair(FieldPaths.join(path, component.getName()), ErrorCode.CATALOG_FIELD_MISSING,
                    "缺少必填字段“" + component.getName() + "”。", at, JsonValues.neutral(component.getType()));
        }
        if (type == TimeLimit.class && bad.isObject()) {
            List<JsonMappingException.Reference> at = new ArrayList<>(refs);
            at.add(new JsonMappingException.Reference(null, "value"));
            return new Repair(FieldPaths.join(path, "value"), ErrorCode.CATALOG_VALUE_INVALID,
                    "时限不能为负数（" + bad.path("value").asText() + "）。", at, IntNode.valueOf(0));
        }
        if (refs.isEmpty()) {
            return null;
        }
        return new Repair(path, ErrorCode.CATALOG_VALUE_INVALID, "取值无效：" + JsonValues.describe(bad) + "。", refs,
                JsonValues.neutral(type));
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord() || name == null) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
