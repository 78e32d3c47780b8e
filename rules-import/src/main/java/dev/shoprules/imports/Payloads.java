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
 * responses, or JSON Lines (where a bad line spoils only itself). Every object and array remembers the line it starts on, so an error inside one trade of
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
    record Read(List<JsonNode> documents, Map<JsonNode, Long> lines, List<ImportProblem> errors) {
        long lineOf(JsonNode node, long otherwise) {
            Long l = lines.get(node);
            return l == null ? otherwise : l;
        }
    }

    private Payloads() {}

    static Read read(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Read whole = parse(source, body, 0);
        if (whole.errors().isEmpty() || !jsonLines(body)) {
            return whole;
        }
        // JSON Lines: a bad line spoils only itself; the others are read (their line numbers kept).
        Map<JsonNode, Long> lines = new IdentityHashMap<>();
        List<JsonNode> documents = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        String[] split = body.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (split[i].isBlank()) {
                continue;
            }
            Read one = parse(source, split[i], i);
            documents.addAll(one.documents());
            lines.putAll(one.lines());
            errors.addAll(one.errors());
        }
        return new Read(documents, lines, errors);
    }

    /** Whether the text is JSON Lines: its first line alone is a whole JSON object. */
    private static boolean jsonLines(String body) {
        int nl = body.indexOf('\n');
        if (nl < 0) {
            return false;
        }
        Read first = parse("", body.substring(0, nl), 0);
        return first.errors().isEmpty() && first.documents().size() == 1 && first.documents().get(0).isObject();
    }

    private static Read parse(String source, String body, long lineOffset) {
        Map<JsonNode, Long> lines = new IdentityHashMap<>();
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonNode doc = value(p, t, lines, lineOffset);
                if (doc.isArray()) {
                    doc.forEach(documents::add);
                } else {
                    documents.add(doc);
                }
            }
        } catch (JsonProcessingException e) {
            long line = lineOffset + (e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()));
            return new Read(documents, lines, List.of(new ImportProblem(ImportProblem.Kind.ERROR, source, line, "$",
                    "not valid JSON: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            return new Read(documents, lines, List.of(new ImportProblem(ImportProblem.Kind.ERROR, source,
                    lineOffset + 1, "$", "unreadable: " + firstLine(e.getMessage()))));
        }
        return new Read(documents, lines, List.of());
    }

    private static JsonNode value(JsonParser p, JsonToken t, Map<JsonNode, Long> lines, long lineOffset)
            throws IOException {
        long line = lineOffset + p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                lines.put(o, line);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken(), lines, lineOffset));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                lines.put(a, line);
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(value(p, n, lines, lineOffset));
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
