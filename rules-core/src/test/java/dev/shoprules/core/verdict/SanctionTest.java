package dev.shoprules.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.FigureType;
import dev.shoprules.core.rules.RuleVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SanctionTest {

    @Test
    void aSanctionTakesTheConfidenceOfTheFiguresItApplies() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("fineAt", new Figure("x.points.fineAt", "fineAt", FigureType.INTEGER, 12, Confidence.SEED, "c", null, null));
        figures.put("restrictionAt", new Figure("x.points.restrictionAt", "restrictionAt", FigureType.INTEGER, 24,
                Confidence.ASSUMED, "c", null, null));
        RuleVersion v = new RuleVersion("X-POINTS", "points", "v1", null, null, Severity.GENERAL, "c", figures);
        assertThat(Sanction.of(v).kind(SanctionKind.FINE).build().confidence()).isEqualTo(Confidence.ASSUMED);
        assertThat(Sanction.of(v).kind(SanctionKind.FINE).basedOn("fineAt").build().confidence())
                .isEqualTo(Confidence.SEED);
        assertThat(Sanction.of(v).kind(SanctionKind.RESTRICTION).basedOn("fineAt", "restrictionAt").build().confidence())
                .isEqualTo(Confidence.ASSUMED);
    }
}
