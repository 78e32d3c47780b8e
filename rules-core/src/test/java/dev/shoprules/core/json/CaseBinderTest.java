package dev.shoprules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.facts.CaseFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseBinder}, the case reader's fast path, against the strict reader it stands in front of: on every text
 * the fast path accepts, the strict reader accepts it too and binds equal facts; where the strict reader refuses a
 * text, the fast path has given it up. The texts are every case the project keeps (golden cases of all packs,
 * the examples, the CLI's test cases) and random mutations of them: fields removed, repeated, nulled, renamed or
 * given a value of another type, trailing data.
 */
class CaseBinderTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final List<String> CASES = keptCases();

    @Test
    void bindsEveryKeptCaseAsTheStrictReaderDoes() throws IOException {
        assertThat(CASES).hasSizeGreaterThan(200);
        for (String json : CASES) {
            CaseFacts fast = CaseBinder.read(json);
            assertThat(fast).as(json).isNotNull().isEqualTo(CaseJson.readStrictly(json));
        }
    }

    @Test
    void everyFieldTypeOfTheFactsCanBeBound() {
        // CaseBinder builds its readers on first use and fails naming a type it cannot bind.
        assertThat(CaseBinder.read("{}")).isNull();
    }

    @Property(tries = 2000)
    void acceptsNothingTheStrictReaderRefusesAndBindsTheSame(@ForAll long seed) {
        Random r = new Random(seed);
        String json = mutate(CASES.get(r.nextInt(CASES.size())), r);
        CaseFacts fast = CaseBinder.read(json);
        CaseFacts strict;
        try {
            strict = CaseJson.readStrictly(json);
        } catch (IOException | IllegalArgumentException refused) {
            Statistics.label("mutated case").collect("refused");
            assertThat(fast).as("the strict reader refuses %s (%s)", json, refused.getMessage()).isNull();
            return;
        }
        Statistics.label("mutated case").collect(fast != null ? "bound by both" : "read by the strict reader only");
        if (fast != null) {
            assertThat(fast).as(json).isEqualTo(strict);
        }
    }

    /** One to three random changes to one node of the case, or trailing data after it. */
    private static String mutate(String json, Random r) {
        JsonNode root;
        try {
            root = TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int changes = 1 + r.nextInt(3);
        for (int c = 0; c < changes; c++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            if (target instanceof ObjectNode object && object.size() > 0) {
                mutateField(object, r);
            } else if (target instanceof ArrayNode array && array.size() > 0) {
                array.set(r.nextInt(array.size()), odd(r));
            }
        }
        String text = root.toString().replace("\\u0000dup\"", "\"");
        return switch (r.nextInt(20)) {
            case 0 -> text + " {}";
            case 1 -> text + " x";
            case 2 -> text.substring(0, r.nextInt(text.length()));
            default -> text;
        };
    }

    private static void mutateField(ObjectNode object, Random r) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(r.nextInt(names.size()));
        switch (r.nextInt(5)) {
            case 0 -> object.remove(name);
            case 1 -> object.set(name, odd(r));
            case 2 -> object.putNull(name);
            case 3 -> object.set(name.toUpperCase(java.util.Locale.ROOT) + "x", object.get(name));
            default -> {
                // A repeated field: rewritten as text, since a tree cannot hold one name twice.
                object.set(name + "\u0000dup", object.get(name));
            }
        }
    }

    /** A value of a shape the facts may or may not take. */
    private static JsonNode odd(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(16)) {
            case 0 -> f.textNode("");
            case 1 -> f.textNode(" tmall ");
            case 2 -> f.numberNode(0);
            case 3 -> f.numberNode(1.5);
            case 4 -> f.numberNode(3_000_000_000L);
            case 5 -> f.booleanNode(true);
            case 6 -> f.arrayNode();
            case 7 -> f.objectNode();
            case 8 -> f.textNode("2026-11-13T12:00:00");
            case 9 -> f.textNode("2026-11-13T12:00:00+08:00");
            case 10 -> f.textNode("-1.00");
            case 11 -> f.textNode("12.345");
            case 12 -> f.textNode("12.30");
            case 13 -> f.textNode("ALIPAY");
            case 14 -> f.arrayNode().addNull();
            default -> f.nullNode();
        };
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }

    /** Every case of the repository's test data and examples that the strict reader reads, as compact JSON. */
    private static List<String> keptCases() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 8)) {
            for (Path file : files.filter(CaseBinderTest::isCaseData).sorted().toList()) {
                for (String text : file.toString().endsWith(".jsonl")
                        ? Files.readAllLines(file) : List.of(Files.readString(file))) {
                    if (!text.isBlank()) {
                        addCases(TREES.readTree(text), cases);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static boolean isCaseData(Path p) {
        String s = p.toString();
        return (s.endsWith(".json") || s.endsWith(".jsonl")) && !s.contains("/target/") && !s.contains("/.")
                && (s.contains("/src/test/resources/") || s.contains("/examples/"));
    }

    /** Test data holds expected verdicts and deliberately bad cases too; the kept cases are those that read. */
    private static boolean readable(String json) {
        try {
            return CaseJson.readStrictly(json) != null;
        } catch (IOException | IllegalArgumentException refused) {
            return false;
        }
    }

    private static void addCases(JsonNode node, List<String> into) {
        if (node.isArray()) {
            node.forEach(n -> addCases(n, into));
        } else if (node.isObject() && node.has("caseId") && node.has("platform") && readable(node.toString())) {
            into.add(node.toString());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isContainerNode()) {
                    addCases(e.getValue(), into);
                }
            }
        }
    }
}
