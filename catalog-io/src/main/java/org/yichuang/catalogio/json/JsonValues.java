package org.yichuang.catalogio.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Paths into a JSON tree, the Chinese wording of values and types, and the neutral value of a type. */
final class JsonValues {
    private static final int QUOTE_LIMIT = 40;

    private JsonValues() {
    }

    /** Renders Jackson's path as {@code materials[2].kind}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /** Returns the node the path leads to, or a missing node. */
    static JsonNode at(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode cur = root;
        for (JsonMappingException.Reference ref : refs) {
            cur = ref.getFieldName() != null ? cur.path(ref.getFieldName()) : cur.path(ref.getIndex());
        }
        return cur;
    }

    /** Replaces (or with {@code null}, removes) what the path leads to; returns false when the path is not there. */
    static boolean replace(JsonNode root, List<JsonMappingException.Reference> refs, JsonNode value) {
        if (refs.isEmpty()) {
            return false;
        }
        JsonNode parent = at(root, refs.subList(0, refs.size() - 1));
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last.getFieldName());
            } else {
                object.set(last.getFieldName(), value);
            }
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0
                && last.getIndex() < array.size() && value != null) {
            array.set(last.getIndex(), value);
            return true;
        }
        return false;
    }

    /** Describes a value as the message quotes it: {@code “二十”}, {@code 20.5}, {@code 对象 {…}}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "（无）";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "“" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text) + "”";
        }
        if (node.isObject()) {
            return "对象 {…}";
        }
        if (node.isArray()) {
            return "数组 […]";
        }
        return node.asText();
    }

    /** Names the expected kind of value in Chinese. */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "其他类型的值";
        }
        if (type.isEnum()) {
            return "以下取值之一：" + enumNames(type);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "整数";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (type == String.class) {
            return "文本（带引号的字符串）";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "数组 […]";
        }
        return "对象 {…}";
    }

    /** Lists the constant names of an enum: {@code WORKING_DAYS、NATURAL_DAYS、HOURS}. */
    static String enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining("、"));
    }

    /**
     * A value of the type that reads without error, put where a bad one was so the rest can still be checked;
     * {@code null} (remove the field) when the type is unknown.
     */
    static JsonNode neutral(Class<?> type) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (type == null) {
            return null;
        }
        if (type.isEnum()) {
            return TextNode.valueOf(((Enum<?>) type.getEnumConstants()[0]).name());
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return IntNode.valueOf(0);
        }
        if (type == boolean.class || type == Boolean.class) {
            return BooleanNode.FALSE;
        }
        if (type == String.class) {
            return TextNode.valueOf("");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return nodes.arrayNode();
        }
        return nodes.objectNode();
    }
}
