package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

import java.util.Map;

/**
 * Converts Jackson trees to BSON and back without loss, so that a stored payload reads back to the
 * same canonical JSON it was hashed as.
 */
final class BsonJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private BsonJson() {
    }

    static BsonValue toBson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                BsonDocument document = new BsonDocument();
                node.fields().forEachRemaining(field -> document.append(field.getKey(), toBson(field.getValue())));
                yield document;
            }
            case ARRAY -> {
                BsonArray array = new BsonArray();
                node.elements().forEachRemaining(element -> array.add(toBson(element)));
                yield array;
            }
            case STRING -> new BsonString(node.textValue());
            case BOOLEAN -> BsonBoolean.valueOf(node.booleanValue());
            case NUMBER -> number(node);
            case BINARY -> new BsonBinary(binary(node));
            default -> BsonNull.VALUE;
        };
    }

    private static BsonValue number(JsonNode node) {
        if (node.isInt() || node.isShort()) return new BsonInt32(node.intValue());
        if (node.isLong()) return new BsonInt64(node.longValue());
        if (node.isDouble() || node.isFloat()) return new BsonDouble(node.doubleValue());
        return new BsonDecimal128(new Decimal128(node.decimalValue()));
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode toJson(BsonValue value) {
        return switch (value.getBsonType()) {
            case DOCUMENT -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, BsonValue> field : value.asDocument().entrySet()) {
                    object.set(field.getKey(), toJson(field.getValue()));
                }
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                value.asArray().forEach(element -> array.add(toJson(element)));
                yield array;
            }
            case STRING -> NODES.textNode(value.asString().getValue());
            case BOOLEAN -> NODES.booleanNode(value.asBoolean().getValue());
            case INT32 -> NODES.numberNode(value.asInt32().getValue());
            case INT64 -> NODES.numberNode(value.asInt64().getValue());
            case DOUBLE -> NODES.numberNode(value.asDouble().getValue());
            case DECIMAL128 -> NODES.numberNode(value.asDecimal128().getValue().bigDecimalValue());
            case BINARY -> NODES.binaryNode(value.asBinary().getData());
            default -> NODES.nullNode();
        };
    }
}
