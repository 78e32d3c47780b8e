package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.rules.Evaluation;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Runs the Tmall KieBase on violations made up by a test, to reach TMALL-POINTS paths no non-chat rule can
 * (SERIOUS points come from chat rules). The points rules read only Violation facts, the ledger and asOf.
 */
final class PointsSession {
    private static final List<RuleVersion> VERSIONS = RuleBook.load(Platform.TMALL).rules().stream()
            .flatMap(r -> r.versions().stream()).toList();

    private PointsSession() {}

    /** A violation of {@code points} points of {@code severity}. */
    static Violation violation(Severity severity, int points, int n) {
        return new Violation("TEST-VIOLATION", "test", severity, points, "o-" + n, null, null, "test " + n, "test",
                Confidence.ASSUMED, Map.of());
    }

    static List<Sanction> sanctions(Instant asOf, Ledger ledger, List<Violation> violations) {
        KieSession session = KieServices.Factory.get().getKieClasspathContainer().getKieBase("tmall").newKieSession();
        try {
            session.insert(new Evaluation("points", Platform.TMALL, asOf, new Shop("s-1", "店", List.of()), ledger));
            VERSIONS.forEach(session::insert);
            violations.forEach(session::insert);
            session.fireAllRules();
            List<Sanction> out = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Sanction s) {
                    out.add(s);
                }
            }
            out.sort(Comparator.comparing(Sanction::severity).thenComparingInt(Sanction::threshold));
            return out;
        } finally {
            session.dispose();
        }
    }

    /** Violations adding up to {@code general} GENERAL and {@code serious} SERIOUS points, in steps of at most 12. */
    static List<Violation> worth(int general, int serious) {
        List<Violation> v = new ArrayList<>();
        int n = 0;
        for (int left = general; left > 0; left -= 12) {
            v.add(violation(Severity.GENERAL, Math.min(12, left), n++));
        }
        for (int left = serious; left > 0; left -= 12) {
            v.add(violation(Severity.SERIOUS, Math.min(12, left), n++));
        }
        return v;
    }
}
