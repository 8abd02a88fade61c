package io.linimasa.search.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The opaque cursor of the next page: the last hit's sort values, as base64url JSON (search_after). */
final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursors() {
    }

    static String encode(List<FieldValue> sortValues) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldValue value : sortValues) {
            switch (value._kind()) {
                case Double -> array.add(value.doubleValue());
                case Long -> array.add(value.longValue());
                case String -> array.add(value.stringValue());
                case Boolean -> array.add(value.booleanValue());
                default -> array.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(String cursor) {
        try {
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (array == null || !array.isArray() || array.isEmpty() || array.size() > 4) {
                throw new InvalidQueryException("malformed cursor");
            }
            List<FieldValue> values = new ArrayList<>();
            for (JsonNode node : array) {
                if (node.isIntegralNumber()) {
                    values.add(FieldValue.of(node.longValue()));
                } else if (node.isNumber()) {
                    values.add(FieldValue.of(node.doubleValue()));
                } else if (node.isTextual()) {
                    values.add(FieldValue.of(node.textValue()));
                } else if (node.isNull()) {
                    values.add(FieldValue.NULL);
                } else {
                    throw new InvalidQueryException("malformed cursor");
                }
            }
            return values;
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidQueryException("malformed cursor");
        }
    }
}
