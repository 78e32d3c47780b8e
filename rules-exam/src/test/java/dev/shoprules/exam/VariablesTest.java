package dev.shoprules.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoprules.exam.TemplateSpecs.VariableSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VariablesTest {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    static Map<String, VariableSpec> specs(String yaml) throws Exception {
        return YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, VariableSpec>>() {});
    }

    @Test
    void everyKindDrawsWithinItsRangeAndTheSameSeedDrawsTheSame() throws Exception {
        Map<String, VariableSpec> specs = specs("""
                asOf: { from: shippedAt, plus: 24, unit: HOURS }
                price: { money: [100, 200], step: 0.5 }
                fee: { oneOf: [8.5, 10, "顺丰"] }
                total: { sum: [price, 10] }
                days: { integer: [3, 15] }
                daysLess: { sum: [days, -1] }
                paidAt: { instant: ["2026-01-01T00:00:00+08:00", "2026-01-02T00:00:00+08:00"], step: PT1H }
                shippedAt: { from: paidAt, plus: days, unit: DAYS }
                createdAt: { from: paidAt, minus: [1, 5], unit: MINUTES }
                none: { value: null }
                """);
        specs.forEach((name, s) -> Variables.validate(name, s, "test"));
        for (long seed = 0; seed < 50; seed++) {
            Map<String, Object> v = Variables.draw(specs, Map.of(), new Random(seed), "test");
            assertThat(Variables.draw(specs, Map.of(), new Random(seed), "test")).isEqualTo(v);
            BigDecimal price = (BigDecimal) v.get("price");
            assertThat(price).isBetween(new BigDecimal("100"), new BigDecimal("200"));
            assertThat(price.scale()).isEqualTo(2);
            assertThat(price.remainder(new BigDecimal("0.5")).signum()).isZero();
            assertThat(v.get("fee")).isIn(new BigDecimal("8.50"), 10L, "顺丰");
            assertThat(v.get("total")).isEqualTo(price.add(BigDecimal.TEN).setScale(2));
            long days = (Long) v.get("days");
            assertThat(days).isBetween(3L, 15L);
            assertThat(v.get("daysLess")).isEqualTo(days - 1);
            Instant paid = (Instant) v.get("paidAt");
            assertThat(paid.getEpochSecond() % 3600).isZero();
            assertThat(v.get("shippedAt")).isEqualTo(paid.plus(Duration.ofDays(days)));
            assertThat(v.get("asOf")).isEqualTo(paid.plus(Duration.ofDays(days)).plus(Duration.ofHours(24)));
            assertThat(Duration.between((Instant) v.get("createdAt"), paid).toMinutes()).isBetween(1L, 5L);
            assertThat(v).containsEntry("none", null);
        }
    }

    @Test
    void givenValuesAreKeptUnlessRedefined() throws Exception {
        Map<String, Object> given = Map.of("paidAt", Instant.parse("2026-03-01T02:00:00Z"), "hours", 5L);
        Map<String, Object> v = Variables.draw(specs("""
                hours: { oneOf: [48] }
                shippedAt: { from: paidAt, plus: hours }
                """), given, new Random(1), "test");
        assertThat(v.get("shippedAt")).isEqualTo(Instant.parse("2026-03-03T02:00:00Z"));
        assertThat(v.get("paidAt")).isEqualTo(given.get("paidAt"));
    }

    @Test
    void mistakesInSpecsNameTheTemplateAndVariable() throws Exception {
        assertThatThrownBy(() -> Variables.validate("x", specs("x: { money: [1, 2], integer: [1, 2] }").get("x"), "t1"))
                .isInstanceOf(ExamException.class).hasMessageContaining("t1").hasMessageContaining("exactly one");
        assertThatThrownBy(() -> Variables.validate("x", specs("x: { from: y }").get("x"), "t1"))
                .hasMessageContaining("plus or minus");
        assertThatThrownBy(() -> Variables.draw(specs("a: { from: b, plus: 1 }\nb: { from: a, plus: 1 }"), Map.of(),
                new Random(1), "t2")).isInstanceOf(ExamException.class).hasMessageContaining("refers to itself");
        assertThatThrownBy(() -> Variables.draw(specs("a: { sum: [b, 1] }"), Map.of(), new Random(1), "t3"))
                .hasMessageContaining("unknown variable b");
        assertThatThrownBy(() -> Variables.draw(specs("a: { money: [5, 1] }"), Map.of(), new Random(1), "t4"))
                .hasMessageContaining("t4").hasMessageContaining("variable a");
    }

    @Test
    void oneOfExceptSkipsOtherVariablesValuesAndChatLinesComeFromTheTableUnderTheirLabel() throws Exception {
        Map<String, VariableSpec> specs = specs("""
                first: { oneOf: [abuse, ad-law, off-platform] }
                second: { oneOf: [abuse, ad-law, off-platform], except: [first] }
                third: { oneOf: [abuse, ad-law, off-platform], except: [first, second] }
                bad: { oneOf: [true, false] }
                line: { chatLine: { detector: $third, violating: $bad } }
                account: { accountOf: line }
                benign: { chatLine: { detector: contact-info, violating: false } }
                """);
        specs.forEach((name, s) -> Variables.validate(name, s, "test"));
        for (long seed = 0; seed < 30; seed++) {
            Map<String, Object> v = Variables.draw(specs, Map.of(), new Random(seed), "test");
            assertThat(java.util.Set.of(v.get("first"), v.get("second"), v.get("third"))).hasSize(3);
            assertThat(ChatLines.standard().lines(null, (String) v.get("third"), (Boolean) v.get("bad")))
                    .contains((String) v.get("line"));
            assertThat(ChatLines.standard().lines(null, "contact-info", false)).contains((String) v.get("benign"));
            assertThat(v.get("account")).isIn(ChatLines.BUYER, ChatLines.OTHER);
        }
        assertThatThrownBy(() -> Variables.validate("x", specs("x: { chatLine: { detector: no-such, violating: true } }")
                .get("x"), "test")).hasMessageContaining("no violating line for detector no-such");
        assertThatThrownBy(() -> Variables.validate("x", specs("x: { integer: [1, 2], except: [y] }").get("x"), "test"))
                .hasMessageContaining("except goes with oneOf");
    }
}
