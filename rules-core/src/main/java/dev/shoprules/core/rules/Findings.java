package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.Sanction;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a case's rules found that no rule reasons over: advisories, compensations, sanctions, metrics, refund
 * assessments and what could not be judged go straight to the verdict. They are collected here, not inserted as facts, because no DRL condition
 * matches them: as facts each cost an insertion into and a deletion from working memory (about 0.8 µs, ~7 per
 * case) for nothing. What a rule does reason over (violations, which the points rules sum) stays a fact.
 * <p>
 * The DRL reaches it as the global {@value #GLOBAL} ({@code findings.add(...)} in a consequence). A global is safe
 * here though not on a stateless session: the engine gives each of its sessions its own collector, a session
 * decides one case at a time on one thread, and the collector is emptied before each case. The typed {@code add}
 * methods make a consequence that hands over a violation (which must stay a fact) fail to compile. Each list keeps
 * the order the rules found its entries in, as working memory did, so the verdict's order does not change.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public final class Findings {
    /** The name of the DRL global: {@code global dev.shoprules.core.rules.Findings findings}. */
    public static final String GLOBAL = "findings";

    private final List<Advisory> advisories = new ArrayList<>();
    private final List<Compensation> compensations = new ArrayList<>();
    private final List<Sanction> sanctions = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<RefundAssessment> refunds = new ArrayList<>();
    private final List<NotJudged> notJudged = new ArrayList<>();

    public void add(Advisory a) {
        advisories.add(a);
    }

    /** Advisories a rule computed together (an order's open timers), in one call from its consequence. */
    public void addAdvisories(List<Advisory> all) {
        advisories.addAll(all);
    }

    public void add(Compensation c) {
        compensations.add(c);
    }

    public void add(Sanction s) {
        sanctions.add(s);
    }

    public void add(Metric m) {
        metrics.add(m);
    }

    public void add(RefundAssessment r) {
        refunds.add(r);
    }

    public List<Advisory> advisories() {
        return advisories;
    }

    public List<Compensation> compensations() {
        return compensations;
    }

    public List<Sanction> sanctions() {
        return sanctions;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public List<RefundAssessment> refunds() {
        return refunds;
    }

    /** A rule that could not judge (a refund deadline hanging on a time the caller does not know). */
    public void add(NotJudged n) {
        notJudged.add(n);
    }

    public List<NotJudged> notJudged() {
        return notJudged;
    }

    /** Empties every list, for the session's next case. */
    public void clear() {
        advisories.clear();
        compensations.clear();
        sanctions.clear();
        metrics.clear();
        refunds.clear();
        notJudged.clear();
    }
}
