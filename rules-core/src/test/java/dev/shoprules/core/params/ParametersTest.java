package dev.shoprules.core.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.FigureType;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {
    static final Instant SPLIT = Instant.parse("2024-12-31T16:00:00Z");

    static RuleVersion version(String label, Instant from, Instant until, String cap) {
        Map<String, Figure> f = new LinkedHashMap<>();
        f.put("cap", new Figure("tmall.late-shipment.cap", "cap", FigureType.MONEY, new BigDecimal(cap), Confidence.SEED,
                "seed", "cap", null));
        return new RuleVersion("TMALL-LATE-SHIPMENT", "late-shipment", label, from, until, Severity.GENERAL, "c", f);
    }

    static final List<Rule> RULES = List.of(new Rule("TMALL-LATE-SHIPMENT", "late-shipment", Platform.TMALL, "t", "s",
            Severity.GENERAL, "c", List.of(version("old", null, SPLIT, "400.00"), version("2025-01-01", SPLIT, null, "500.00"))));

    @Test
    void aPlainKeyChangesEveryVersionAndMarksTheFigureAssumed() {
        Rule r = Parameters.apply(RULES, Map.of("tmall.late-shipment.cap", "300")).get(0);
        assertThat(r.versions()).allSatisfy(v -> {
            assertThat(v.money("cap")).isEqualByComparingTo("300");
            assertThat(v.figure("cap").confidence()).isEqualTo(Confidence.ASSUMED);
            assertThat(v.figure("cap").overridden()).isTrue();
        });
        assertThat(r.versions().get(0).figure("cap").packDefault()).isEqualTo(new BigDecimal("400.00"));
    }

    @Test
    void aVersionQualifiedKeyChangesOnlyThatVersion() {
        Rule r = Parameters.apply(RULES, Map.of("tmall.late-shipment.cap@old", 250)).get(0);
        assertThat(r.versions().get(0).money("cap")).isEqualByComparingTo("250");
        assertThat(r.versions().get(1).money("cap")).isEqualByComparingTo("500");
    }

    @Test
    void settingTheDefaultValueKeepsItsConfidence() {
        Rule r = Parameters.apply(RULES, Map.of("tmall.late-shipment.cap@2025-01-01", "500")).get(0);
        assertThat(r.versions().get(1).figure("cap").confidence()).isEqualTo(Confidence.SEED);
    }

    @Test
    void unknownKeysIllTypedValuesAndUnknownVersionsFailNamingTheKey() {
        assertThatThrownBy(() -> Parameters.apply(RULES, Map.of("tmall.late-shipment.kap", "1")))
                .isInstanceOf(ParameterException.class).hasMessageStartingWith("tmall.late-shipment.kap: unknown parameter");
        assertThatThrownBy(() -> Parameters.apply(RULES, Map.of("tmall.late-shipment.cap", "-3")))
                .hasMessageContaining("not negative");
        assertThatThrownBy(() -> Parameters.apply(RULES, Map.of("tmall.late-shipment.cap", "1.005")))
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> Parameters.apply(RULES, Map.of("tmall.late-shipment.cap@1999", "1")))
                .hasMessageContaining("has no version 1999");
        assertThatThrownBy(() -> Parameters.byPlatform(Map.of("jd.late-shipment.cap", "1")))
                .hasMessageStartingWith("jd.late-shipment.cap: unknown parameter");
        assertThatThrownBy(() -> Parameters.assignment("cap")).hasMessageContaining("expected key=value");
    }

    @Test
    void readsFlatAndNestedFilesInJsonOrYaml(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("p.yaml");
        Files.writeString(yaml, "tmall:\n  late-shipment:\n    cap: 300\ntaobao.late-shipment.min: 5\n");
        assertThat(Parameters.readFile(yaml))
                .containsExactly(Map.entry("tmall.late-shipment.cap", 300), Map.entry("taobao.late-shipment.min", 5));
        Path json = dir.resolve("p.json");
        Files.writeString(json, "{\"tmall.late-shipment.cap\": \"300\"}");
        assertThat(Parameters.readFile(json)).containsExactly(Map.entry("tmall.late-shipment.cap", "300"));
    }
}
