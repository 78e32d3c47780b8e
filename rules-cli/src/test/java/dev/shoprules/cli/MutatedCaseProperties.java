package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Robustness: random mutations of real cases (fields dropped, nulled, retyped, stretched, lists emptied or
 * duplicated) never make the reader or the engine throw; a mutation is either reported as an invalid case or
 * evaluated, and every verdict keeps the invariants all packs share.
 */
class MutatedCaseProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ShopRules ENGINE = ShopRules.defaults();
    private static final List<JsonNode> SEEDS = seeds();
    private static final JsonNode[] ODD_VALUES = {
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode(""),
        JsonNodeFactory.instance.textNode("abc"), JsonNodeFactory.instance.numberNode(-1),
        JsonNodeFactory.instance.numberNode(new BigDecimal("1e30")), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.textNode("2026-13-45T25:61:00+08:00"), JsonNodeFactory.instance.textNode("2026-11-01T10:00:00"),
        JsonNodeFactory.instance.textNode("\u202e\u0000\ud83d\ude00 全角　１３８ｘ"), JsonNodeFactory.instance.arrayNode(),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.numberNode(0.001),
        JsonNodeFactory.instance.textNode("2099-01-01T00:00:00+08:00"), JsonNodeFactory.instance.textNode("1999-01-01T00:00:00Z"),
    };

    static List<JsonNode> seeds() {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            List<JsonNode> seeds = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(JSON.readTree(f.toFile()));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void mutatedCasesAreReportedOrEvaluatedNeverThrown(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations) {
        Random r = new Random(seed);
        JsonNode c = SEEDS.get(r.nextInt(SEEDS.size())).deepCopy();
        for (int i = 0; i < mutations; i++) {
            mutate(c, r);
        }
        CaseInput input = CaseJson.parse(c.toString(), "mutant", 1);
        if (input instanceof CaseInput.Invalid bad) {
            assertThat(bad.problems()).allSatisfy(p -> assertThat(p.path()).isNotBlank());
            assertThat(bad.describe()).doesNotContain("Exception");
            return;
        }
        var facts = ((CaseInput.Valid) input).facts();
        if (!ENGINE.platforms().contains(facts.platform())) {
            return;
        }
        Verdict v = ENGINE.evaluate(facts);
        assertInvariants(v);
        assertThat(ENGINE.evaluate(facts)).isEqualTo(v);
    }

    static void assertInvariants(Verdict v) {
        int general = 0;
        int serious = 0;
        for (Violation x : v.violations()) {
            assertThat(x.points()).isNotNegative();
            general += x.severity() == Severity.GENERAL ? x.points() : 0;
            serious += x.severity() == Severity.SERIOUS ? x.points() : 0;
        }
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal refundOwed = BigDecimal.ZERO;
        for (Compensation p : v.compensations()) {
            assertThat(p.amount()).isNotNegative();
            assertThat(p.amount().scale()).isEqualTo(2);
            if (!p.form().payout()) {
                assertThat(p.status()).isEqualTo(CompensationStatus.OWED);
                refundOwed = refundOwed.add(p.amount());
            } else if (p.status() == CompensationStatus.OWED) {
                owed = owed.add(p.amount());
            } else {
                atRisk = atRisk.add(p.amount());
            }
        }
        assertThat(v.totals().generalPoints()).isEqualTo(general);
        assertThat(v.totals().seriousPoints()).isEqualTo(serious);
        assertThat(v.totals().compensationOwed()).isEqualByComparingTo(owed);
        assertThat(v.totals().compensationAtRisk()).isEqualByComparingTo(atRisk);
        assertThat(v.totals().refundOwed()).isEqualByComparingTo(refundOwed);
    }

    /** One random structural or value change somewhere in the tree. */
    static void mutate(JsonNode root, Random r) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            switch (r.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, ODD_VALUES[r.nextInt(ODD_VALUES.length)]);
                case 2 -> o.put(name, "x".repeat(r.nextInt(5000)));
                default -> o.put(name, "9".repeat(60));
            }
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            switch (r.nextInt(3)) {
                case 0 -> a.remove(r.nextInt(a.size()));
                case 1 -> a.add(a.get(r.nextInt(a.size())).deepCopy());
                default -> a.set(r.nextInt(a.size()), ODD_VALUES[r.nextInt(ODD_VALUES.length)]);
            }
        }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> c) {
            into.add(c);
            node.elements().forEachRemaining(child -> collect(child, into));
        }
    }
}
