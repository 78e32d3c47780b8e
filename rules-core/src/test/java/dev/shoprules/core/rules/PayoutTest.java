package dev.shoprules.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PayoutTest {
    @ParameterizedTest(name = "{0} × {1} in [{2}, {3}] = {4}")
    @CsvSource({
        "800,     0.30, 0, 500, 240.00, 800.00 × 30% = 240.00（上限 500.00）",
        "8000,    0.30, 0, 500, 500.00, 8000.00 × 30% = 2400.00 → 500.00（上限 500.00）",
        "50,      0.05, 5, 30,  5.00,   50.00 × 5% = 2.50 → 5.00（下限 5.00，上限 30.00）",
        "0.10,    0.05, 5, 30,  5.00,   0.10 × 5% = 0.01 → 5.00（下限 5.00，上限 30.00）",
        "100.10,  0.05, 0, 30,  5.01,   100.10 × 5% = 5.01（上限 30.00）",
        "33.33,   0.025, 0, 30, 0.83,   33.33 × 2.5% = 0.83（上限 30.00）",
    })
    void clampsAndRoundsHalfUpWithAFormula(String base, String rate, String min, String cap, String amount, String formula) {
        Payout p = Payout.of(new BigDecimal(base), new BigDecimal(rate), new BigDecimal(min), new BigDecimal(cap));
        assertThat(p.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(p.formula()).isEqualTo(formula);
    }

    @Test
    void minAboveCapIsRejected() {
        assertThatThrownBy(() -> Payout.of(BigDecimal.TEN, new BigDecimal("0.1"), new BigDecimal("50"), new BigDecimal("30")))
                .hasMessageContaining("min 50 is above cap 30");
    }
}
