package dev.shoprules.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> VALUES = new HashMap<>(Map.of(
            "price", new BigDecimal("8000.00"), "fee", new BigDecimal("12.50"), "days", 10L,
            "paidAt", Instant.parse("2026-03-05T02:00:00Z")));

    static {
        VALUES.put("nothing", null);
    }

    @Test
    void textShowsMoneyWithoutTrailingZerosAndInstantsInShanghaiTime() {
        assertThat(Placeholders.text("价值{price}元、运费{fee}元，{days}天后，{paidAt}付款，{paidAt|date}，{paidAt|time}",
                VALUES, null, "t")).isEqualTo("价值8000元、运费12.5元，10天后，2026年3月5日10:00付款，2026年3月5日，10:00");
    }

    @Test
    void figuresAreOnlyForExplanationsAndUnknownNamesFail() {
        assertThat(Placeholders.text("比例{@rate}，时限{@ship-deadline.hours}小时", VALUES, name -> "<" + name + ">", "t"))
                .isEqualTo("比例<rate>，时限<ship-deadline.hours>小时");
        assertThatThrownBy(() -> Placeholders.text("{@rate}", VALUES, null, "t")).hasMessageContaining("explain");
        assertThatThrownBy(() -> Placeholders.text("{prize}元", VALUES, null, "t9")).hasMessageContaining("t9")
                .hasMessageContaining("{prize}");
        assertThatThrownBy(() -> Placeholders.text("{price|long}", VALUES, null, "t")).hasMessageContaining("instant");
        assertThatThrownBy(() -> Placeholders.text("{ price }", VALUES, null, "t")).hasMessageContaining("brace");
    }

    @Test
    void caseScalarsBecomeContractJson() throws Exception {
        JsonNode template = JSON.readTree("""
                {"asOf": "$paidAt", "orders": [{"paidAmount": "$price", "quantity": "$days", "agreedShipBy": "$nothing",
                 "title": "商品"}]}""");
        JsonNode c = Placeholders.json(template, VALUES, "t");
        assertThat(c.toString()).isEqualTo("{\"asOf\":\"2026-03-05T10:00:00+08:00\",\"orders\":[{\"paidAmount\":\"8000.00\","
                + "\"quantity\":10,\"agreedShipBy\":null,\"title\":\"商品\"}]}");
        assertThatThrownBy(() -> Placeholders.json(JSON.readTree("{\"a\":\"$price元\"}"), VALUES, "t"))
                .hasMessageContaining("not a $variable");
        assertThatThrownBy(() -> Placeholders.json(JSON.readTree("{\"a\":\"$prize\"}"), VALUES, "t"))
                .hasMessageContaining("unknown variable $prize");
    }
}
