package dev.shoprules.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Runs a pack's golden cases, in the spirit of Open Policy Agent's {@code *_test.rego}: each file under
 * {@code src/test/resources/cases/<rule-slug>/<situation>.json} holds
 *
 * <pre>
 * { "description": "…", "parameters": { "tmall.late-shipment.cap": 300 },   (optional)
 *   "case": { …a case as in the contract… },
 *   "expect": { "violations": [ {…fragment…} ], "totals": { … } } }
 * </pre>
 *
 * For every list named in {@code expect}, the verdict's list has exactly as many entries and each expected
 * fragment matches a different entry (fields not named are not compared; {@code []} asserts none). Objects
 * such as {@code totals} match field by field. Lists not named are not checked. An optional {@code includes}
 * names lists that must contain the given fragments, each matching a different entry, among any others: for a
 * case shared by several packs whose own rules add entries of their own (one pack's trade timers, say).
 */
public final class GoldenCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Platform, List<Golden>> CACHE = new LinkedHashMap<>();

    /** A loaded golden case with the verdict the engine gave it and the names of the DRL rules that fired for it. */
    public record Golden(Path file, String name, JsonNode spec, Verdict verdict, JsonNode verdictJson,
                         Set<String> firedDrlRules) {}

    private GoldenCases() {}

    /** One dynamic test per golden case of the platform. */
    public static Stream<DynamicTest> tests(Platform platform) {
        return load(platform).stream().map(g -> DynamicTest.dynamicTest(g.name(), g.file().toUri(), () -> check(g)));
    }

    /** Fails naming each rule id of the pack that fires in no golden case. */
    public static void assertEveryRuleFires(Platform platform) {
        Set<String> fired = new TreeSet<>();
        for (Golden g : load(platform)) {
            fired.addAll(ruleIds(g.verdict()));
        }
        Set<String> silent = new TreeSet<>();
        for (Rule r : RuleBook.load(platform).rules()) {
            if (!fired.contains(r.id())) {
                silent.add(r.id());
            }
        }
        if (!silent.isEmpty()) {
            fail("rules of " + platform.code() + " that fire in no golden case: " + silent);
        }
    }

    /**
     * Fails naming each DRL rule of the pack (by rule name) that fires in no golden case: a rule id can be covered
     * while one of its DRL rules (a payout, a second way to be late) is never exercised.
     */
    public static void assertEveryDrlRuleFires(Platform platform) {
        Set<String> silent = new TreeSet<>(RuleBook.load(platform).drlRuleNames());
        for (Golden g : load(platform)) {
            silent.removeAll(g.firedDrlRules());
        }
        if (!silent.isEmpty()) {
            fail("DRL rules of " + platform.code() + " that fire in no golden case: " + silent);
        }
    }

    public static Set<String> ruleIds(Verdict v) {
        Set<String> ids = new TreeSet<>();
        v.violations().forEach(x -> ids.add(x.ruleId()));
        v.compensations().forEach(x -> ids.add(x.ruleId()));
        v.advisories().forEach(x -> ids.add(x.ruleId()));
        v.sanctions().forEach(x -> ids.add(x.ruleId()));
        v.metrics().forEach(x -> { if (x.ruleId() != null) ids.add(x.ruleId()); });
        v.refunds().forEach(x -> ids.add(x.ruleId()));
        return ids;
    }

    public static synchronized List<Golden> load(Platform platform) {
        return CACHE.computeIfAbsent(platform, GoldenCases::loadUncached);
    }

    private static List<Golden> loadUncached(Platform platform) {
        Path root = casesDirectory();
        List<Golden> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.add(evaluate(platform, root, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            fail("no golden cases under " + root);
        }
        return all;
    }

    private static Golden evaluate(Platform platform, Path root, Path file) throws IOException {
        String name = root.relativize(file).toString().replace('\\', '/');
        JsonNode spec = JSON.readTree(file.toFile());
        for (String required : List.of("description", "case", "expect")) {
            if (!spec.has(required)) {
                fail(name + ": golden case has no \"" + required + "\"");
            }
        }
        CaseFacts facts = factsOf(spec, name);
        if (facts.platform() != platform) {
            fail(name + ": golden case is for " + facts.platform().code() + ", expected " + platform.code());
        }
        RuleBook book = bookFor(platform, spec);
        Set<String> fired = new TreeSet<>();
        Verdict verdict = book.evaluate(facts, new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        return new Golden(file, name + " — " + spec.get("description").asText(), spec, verdict,
                JSON.readTree(CaseJson.compact(verdict)), Set.copyOf(fired));
    }

    private static CaseFacts factsOf(JsonNode spec, String name) throws IOException {
        CaseInput input = CaseJson.parse(JSON.writeValueAsString(spec.get("case")), name, 1);
        if (input instanceof CaseInput.Invalid bad) {
            fail(name + ": golden case is not a valid case: " + bad.describe());
        }
        return ((CaseInput.Valid) input).facts();
    }

    /** A new book of the platform with the golden case's {@code parameters}, if it has any. */
    private static RuleBook bookFor(Platform platform, JsonNode spec) {
        RuleBook book = RuleBook.load(platform);
        if (spec.has("parameters")) {
            Map<String, Object> overrides = new LinkedHashMap<>();
            spec.get("parameters").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue().asText()));
            book = book.withParameters(overrides);
        }
        return book;
    }

    /**
     * Fails naming each golden case whose verdict changes when it is decided on a book that decided other cases
     * just before (every case in file order, then in reverse order, one book per parameter set) instead of on a
     * new book: a rule book reuses its sessions, and no case may leave anything behind for the next.
     */
    public static void assertVerdictsIndependentOfEarlierCases(Platform platform) throws IOException {
        List<Golden> all = load(platform);
        List<Golden> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        Map<JsonNode, RuleBook> books = new HashMap<>();
        Set<String> differ = new TreeSet<>();
        for (List<Golden> order : List.of(all, reversed)) {
            for (Golden g : order) {
                RuleBook book = books.computeIfAbsent(g.spec().path("parameters"), p -> bookFor(platform, g.spec()));
                if (!book.evaluate(factsOf(g.spec(), g.name())).equals(g.verdict())) {
                    differ.add(g.name());
                }
            }
        }
        if (!differ.isEmpty()) {
            fail("verdicts that depend on the cases a book decided before: " + differ);
        }
    }

    private static void check(Golden g) {
        List<String> mismatches = new ArrayList<>();
        match("", g.spec().get("expect"), g.verdictJson(), mismatches);
        if (g.spec().has("includes")) {
            g.spec().get("includes").fields().forEachRemaining(e -> {
                JsonNode actual = g.verdictJson().get(e.getKey());
                if (actual == null || !actual.isArray() || !e.getValue().isArray()) {
                    mismatches.add("includes." + e.getKey() + ": not a list of the verdict");
                } else if (!assign(e.getValue(), actual, 0, new boolean[actual.size()])) {
                    mismatches.add("includes." + e.getKey() + ": not every fragment is among the entries; expected "
                            + e.getValue() + "\n   actual " + actual);
                }
            });
        }
        mismatches.addAll(unmaskedPersonalData(g));
        if (!mismatches.isEmpty()) {
            fail(String.join("\n", mismatches) + "\n\nverdict was:\n" + CaseJson.pretty(g.verdict()));
        }
    }

    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    /** Every golden verdict doubles as a privacy test: no mobile number and no receiver's name or phone in clear. */
    static List<String> unmaskedPersonalData(Golden g) {
        String out = CaseJson.compact(g.verdict());
        List<String> leaks = new ArrayList<>();
        java.util.regex.Matcher m = MOBILE.matcher(out);
        while (m.find()) {
            leaks.add("unmasked mobile number in the verdict: " + m.group());
        }
        for (JsonNode order : g.spec().path("case").path("orders")) {
            for (String field : List.of("name", "phone", "address")) {
                String value = order.path("receiver").path(field).asText("");
                if (value.length() >= 2 && out.contains(value)) {
                    leaks.add("receiver " + field + " in clear in the verdict: " + value);
                }
            }
        }
        return leaks;
    }

    /** Partial match of {@code expected} against {@code actual}, collecting every mismatch with its path. */
    static void match(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                out.add(path + ": expected an object, was " + actual);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                var e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (!actual.has(e.getKey())) {
                    out.add(p + ": missing (expected " + e.getValue() + ")");
                } else {
                    match(p, e.getValue(), actual.get(e.getKey()), out);
                }
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray()) {
                out.add(path + ": expected a list, was " + actual);
            } else if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " entries, was " + actual.size() + ": " + actual);
            } else if (!assign(expected, actual, 0, new boolean[actual.size()])) {
                out.add(path + ": entries do not match; expected " + expected + "\n   actual " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", was " + actual);
        }
    }

    /** Backtracking one-to-one assignment of expected fragments to actual entries (lists are small). */
    private static boolean assign(JsonNode expected, JsonNode actual, int i, boolean[] used) {
        if (i == expected.size()) {
            return true;
        }
        for (int j = 0; j < actual.size(); j++) {
            if (!used[j]) {
                List<String> probe = new ArrayList<>();
                match("", expected.get(i), actual.get(j), probe);
                if (probe.isEmpty()) {
                    used[j] = true;
                    if (assign(expected, actual, i + 1, used)) {
                        return true;
                    }
                    used[j] = false;
                }
            }
        }
        return false;
    }

    private static Path casesDirectory() {
        URL url = Thread.currentThread().getContextClassLoader().getResource("cases");
        if (url == null || !"file".equals(url.getProtocol())) {
            fail("no cases/ directory in this module's test resources (found " + url + ")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case of a golden file as an object node, for tests that vary it. */
    public static ObjectNode caseOf(Golden g) {
        return (ObjectNode) g.spec().get("case").deepCopy();
    }
}
