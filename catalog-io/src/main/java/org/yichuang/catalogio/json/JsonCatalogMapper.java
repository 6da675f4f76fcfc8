package org.yichuang.catalogio.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.yichuang.core.catalog.ServiceItem;

/** The one Jackson configuration of the catalog file (docs/catalog-format.md): strict on read, stable on write. */
final class JsonCatalogMapper {
    private JsonCatalogMapper() {
    }

    /**
     * Returns a mapper that refuses unknown fields, duplicate keys, numbers for enums and quietly coerced scalars.
     * Missing numbers and booleans read as 0 and {@code false}, as the format says, so nulls for them are not refused.
     */
    static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .addModule(new SimpleModule("catalog-sets").addSerializer(new EnumSetInDeclarationOrder()))
                .addMixIn(ServiceItem.class, NameFirst.class)
                .build();
        // "20" is not a number and 20 is not a name: a file written by hand must say what it means
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        for (LogicalType collection : List.of(LogicalType.Collection, LogicalType.Array)) {
            mapper.coercionConfigFor(collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Four spaces, {@code "name": value}, one array element per line and {@code []}: the demo file's layout. */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Items start with their name, as the documented format and the shipped demo file do. */
    @JsonPropertyOrder({"name", "aliases", "baseCode", "implementationCode"})
    private abstract static class NameFirst {
    }

    /**
     * Writes enum sets (service objects, channels, delivery options) in declaration order: the records hold them in
     * immutable sets whose iteration order changes from run to run, and an export should not.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class EnumSetInDeclarationOrder extends StdSerializer<Set> {
        EnumSetInDeclarationOrder() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<Object> sorted = new ArrayList<>(value);
            if (sorted.stream().allMatch(e -> e instanceof Enum)) {
                sorted.sort(Comparator.comparingInt(e -> ((Enum) e).ordinal()));
            }
            gen.writeStartArray(value, sorted.size());
            for (Object element : sorted) {
                provider.defaultSerializeValue(element, gen);
            }
            gen.writeEndArray();
        }
    }
}
