package dev.shoprules.core.testing;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.pack.RulePack;
import dev.shoprules.core.rules.Evaluation;
import dev.shoprules.core.rules.Findings;
import dev.shoprules.core.rules.Phase;
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
import java.util.ServiceLoader;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Runs a pack's KieBase on violations made up by a test, to reach its POINTS rule's paths that no non-chat rule can
 * (SERIOUS points come from chat rules). Points rules read only Violation facts, the ledger and asOf.
 * {@code PointsSession.of(Platform.TAOBAO).sanctions(asOf, ledger, PointsSession.worth(12, 48))}.
 */
public final class PointsSession {
    private final Platform platform;
    private final String kieBase;
    private final List<RuleVersion> versions;

    private PointsSession(Platform platform, String kieBase, List<RuleVersion> versions) {
        this.platform = platform;
        this.kieBase = kieBase;
        this.versions = versions;
    }

    public static PointsSession of(Platform platform) {
        String kieBase = ServiceLoader.load(RulePack.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.platform() == platform).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule pack for " + platform.code()))
                .kieBaseName();
        return new PointsSession(platform, kieBase,
                RuleBook.load(platform).rules().stream().flatMap(r -> r.versions().stream()).toList());
    }

    /** A violation of {@code points} points of {@code severity}. */
    public static Violation violation(Severity severity, int points, int n) {
        return new Violation("TEST-VIOLATION", "test", severity, points, "o-" + n, null, null, "test " + n, "test",
                Confidence.ASSUMED, Map.of());
    }

    /** Violations adding up to {@code general} GENERAL and {@code serious} SERIOUS points, in steps of at most 12. */
    public static List<Violation> worth(int general, int serious) {
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

    /** The sanctions the pack's rules give for these violations, by severity and threshold. */
    public List<Sanction> sanctions(Instant asOf, Ledger ledger, List<Violation> violations) {
        KieSession session = KieServices.Factory.get().getKieClasspathContainer().getKieBase(kieBase).newKieSession();
        try {
            Findings findings = new Findings();
            session.setGlobal(Findings.GLOBAL, findings);
            session.insert(new Evaluation("points", platform, asOf, new Shop("s-1", "店", List.of()), ledger));
            versions.forEach(session::insert);
            violations.forEach(session::insert);
            Phase.focusInOrder(session.getAgenda());
            session.fireAllRules();
            List<Sanction> out = new ArrayList<>(findings.sanctions());
            out.sort(Comparator.comparing(Sanction::severity).thenComparingInt(Sanction::threshold));
            return out;
        } finally {
            session.dispose();
        }
    }
}
