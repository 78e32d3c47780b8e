package dev.shoprules.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a payload file: one API response (a JSON object), a JSON array of responses, several concatenated
 * responses, or JSON Lines. Every object and array remembers the line it starts on, so an error inside one trade of
 * a 100-trade {@code trades.sold.get} page names that trade's line. Numbers are kept exact (money is never a
 * double); duplicate keys are errors.
 */
final class Payloads {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The documents of a file and the line each of their objects and arrays starts on. */
    record Read(List<JsonNode> documents, Map<JsonNode, Long> lines, ImportProblem error) {
        long lineOf(JsonNode node, long otherwise) {
            Long l = lines.get(node);
            return l == null ? otherwise : l;
        }
    }

    private Payloads() {}

    static Read read(String source, String text) {
        Map<JsonNode, Long> lines = new IdentityHashMap<>();
        List<JsonNode> documents = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonNode doc = value(p, t, lines);
                if (doc.isArray()) {
                    doc.forEach(documents::add);
                } else {
                    documents.add(doc);
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return new Read(documents, lines, new ImportProblem(ImportProblem.Kind.ERROR, source, line, "$",
                    "not valid JSON: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return new Read(documents, lines, new ImportProblem(ImportProblem.Kind.ERROR, source, 1, "$",
                    "unreadable: " + firstLine(e.getMessage())));
        }
        return new Read(documents, lines, null);
    }

    private static JsonNode value(JsonParser p, JsonToken t, Map<JsonNode, Long> lines) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                lines.put(o, line);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken(), lines));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                lines.put(a, line);
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, n, lines));
                }
                return a;
            }
            case VALUE_STRING -> { return NODES.textNode(p.getText()); }
            case VALUE_NUMBER_INT -> { return NODES.numberNode(p.getBigIntegerValue()); }
            case VALUE_NUMBER_FLOAT -> { return NODES.numberNode(p.getDecimalValue()); }
            case VALUE_TRUE -> { return NODES.booleanNode(true); }
            case VALUE_FALSE -> { return NODES.booleanNode(false); }
            case VALUE_NULL -> { return NODES.nullNode(); }
            default -> throw new JsonProcessingException("unexpected " + t, p.currentTokenLocation()) {};
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
