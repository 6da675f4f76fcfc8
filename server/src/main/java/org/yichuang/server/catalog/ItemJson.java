package org.yichuang.server.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yichuang.core.catalog.ServiceItem;

/** The whole item as stored in a version row ({@code jsonb}): written and read with the server's one mapper. */
public final class ItemJson {
    private final ObjectMapper mapper;

    /** Uses the API's mapper, so the stored form is exactly what the API sends. */
    public ItemJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Returns the JSON text of the item. */
    public String write(ServiceItem item) {
        try {
            return mapper.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("service item not serialisable", e);
        }
    }

    /** Reads an item stored by {@link #write}; a failure means the database holds something this code never wrote. */
    public ServiceItem read(String json) {
        try {
            return mapper.readValue(json, ServiceItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored service item unreadable", e);
        }
    }

    /** Returns the value as a JSON tree, e.g. a whole imported catalog to check every text in it. */
    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
