package dev.shoprules.core.engine;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.Platform;
import dev.shoprules.core.aftersales.RefundComplaints;
import dev.shoprules.core.chat.ChatOffence;
import dev.shoprules.core.chat.ChatReader;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.pack.RulePack;
import dev.shoprules.core.params.Parameters;
import dev.shoprules.core.rules.Evaluation;
import dev.shoprules.core.rules.Findings;
import dev.shoprules.core.rules.Handover;
import dev.shoprules.core.rules.OrderFacts;
import dev.shoprules.core.rules.Phase;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Verdict;
import java.net.URL;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The rules of one platform with one set of parameters: immutable and thread-safe. Evaluation reads no clock
 * but the case's {@code asOf}. All books of a platform share one compiled KieBase; parameters reach the rules
 * as immutable {@link RuleVersion} facts, so {@link #withParameters} is cheap.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.load(Platform.TMALL);
 * Verdict v = book.evaluate(caseFacts);
 * Verdict w = book.withParameters(Map.of("tmall.late-shipment.cap", "300")).evaluate(caseFacts);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class RuleBook {
    /** A guard against a rule that keeps re-activating itself; no real case comes near it. */
    static final int FIRING_LIMIT = 100_000;

    private static final Comparator<Shipment> FIRST_HANDOVER = Comparator
            .comparing(Shipment::handedOverAt)
            .thenComparing(s -> Objects.toString(s.trackingNo(), ""));

    private final RulePack pack;
    /** Built and verified on first evaluation ({@link #lazy}) or at once ({@link #load}); shared by every book of the pack. */
    private volatile LoadedPack loaded;
    private final List<Rule> rules;
    private final List<Rule> assessments;
    private final List<RuleVersion> versions;
    private final Map<String, Object> overrides;
    /** Sessions of this book between cases, one per thread that evaluated at the same time; see {@link CaseSession}. */
    private final Queue<CaseSession> idle = new ConcurrentLinkedQueue<>();

    private RuleBook(RulePack pack, LoadedPack loaded, List<Rule> rules, List<Rule> assessments,
                     Map<String, Object> overrides) {
        this.pack = pack;
        this.loaded = loaded;
        this.rules = rules;
        this.assessments = assessments;
        this.versions = rules.stream().flatMap(r -> r.versions().stream()).toList();
        this.overrides = overrides;
    }

    /**
     * The book of {@code platform} with pack defaults. The pack is found with {@link java.util.ServiceLoader};
     * its KieBase is built and verified on first use and then shared.
     *
     * @throws PackLoadException if no pack for the platform is on the classpath or it fails verification
     */
    public static RuleBook load(Platform platform) {
        Objects.requireNonNull(platform, "platform");
        LoadedPack pack = Packs.get(platform);
        return new RuleBook(pack.pack, pack, pack.rules(), pack.pack.assessments(), Map.of());
    }

    /**
     * The book of {@code platform} whose KieBase is built and verified on its first evaluation rather than now:
     * the pack's rules and parameters are known at once (overrides are checked at once), and a caller that never
     * sees a case of this platform never pays for its KieBase. A broken pack then fails on first evaluation.
     *
     * @throws PackLoadException if no pack for the platform is on the classpath
     */
    public static RuleBook lazy(Platform platform) {
        Objects.requireNonNull(platform, "platform");
        RulePack pack = Packs.found().get(platform);
        if (pack == null) {
            return load(platform);
        }
        return new RuleBook(pack, null, pack.rules(), pack.assessments(), Map.of());
    }

    private LoadedPack loaded() {
        LoadedPack l = loaded;
        if (l == null) {
            l = Packs.get(pack.platform());
            loaded = l;
        }
        return l;
    }

    /** The platforms whose packs are on the classpath. */
    public static List<Platform> available() {
        return List.copyOf(Packs.found().keySet());
    }

    /**
     * A book with these parameter overrides added to this book's (keys {@code <platform>.<slug>.<name>},
     * values numbers or strings). The receiver is unchanged. The new book starts with no sessions of its own, so
     * keep it for all the cases of that parameter set rather than deriving it again per case.
     *
     * @throws dev.shoprules.core.params.ParameterException for an unknown key or an ill-typed value
     */
    public RuleBook withParameters(Map<String, ?> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Map<String, Object> all = new LinkedHashMap<>(this.overrides);
        all.putAll(overrides);
        // One key space for rules and assessments: a parameter file can serve check and kpi alike.
        List<Rule> applied = Parameters.apply(Stream.concat(pack.rules().stream(), pack.assessments().stream()).toList(), all);
        int n = pack.rules().size();
        return new RuleBook(pack, loaded, applied.subList(0, n), applied.subList(n, applied.size()), Map.copyOf(all));
    }

    /**
     * Decides the case. Thread-safe; deterministic: the same case gives an equal verdict.
     *
     * @throws IllegalArgumentException if the case is for another platform
     */
    public Verdict evaluate(CaseFacts c) {
        return evaluate(c, null);
    }

    /**
     * Decides one case as {@link #evaluate(CaseFacts)} does, telling {@code listener} of every rule match of this
     * case (created, fired, cancelled): for tests and tools that ask which DRL rules decided a case.
     */
    public Verdict evaluate(CaseFacts c, AgendaEventListener listener) {
        Objects.requireNonNull(c, "case");
        if (c.platform() != platform()) {
            throw new IllegalArgumentException("case " + c.caseId() + " is for " + c.platform().code()
                    + ", this rule book is for " + platform().code());
        }
        CaseSession session = idle.poll();
        if (session == null) {
            session = new CaseSession(loaded().newSession(), versions);
        }
        boolean reusable = false;
        if (listener != null) {
            session.kie.addEventListener(listener);
        }
        try {
            Verdict verdict = decide(session, c);
            if (listener != null) {
                session.kie.removeEventListener(listener);
            }
            reusable = session.clear();
            return verdict;
        } finally {
            if (reusable) {
                idle.offer(session);
            } else {
                session.kie.dispose();
            }
        }
    }

    private Verdict decide(CaseSession s, CaseFacts c) {
        KieSession session = s.kie;
        session.insert(Evaluation.of(c));
        c.orders().forEach(session::insert);
        c.invoices().forEach(session::insert);
        c.chats().forEach(session::insert);
        c.refunds().forEach(session::insert);
        List<Handover> handovers = firstHandovers(c);
        handovers.forEach(session::insert);
        // What the chats say: detector findings, grouped per chat for the chat rules, and promises read from agent
        // and auto-reply text, which the breach-of-promise rules treat exactly like the case's own promises.
        ChatReader.Reading chats = ChatReader.read(c);
        ChatOffence.of(chats.findings()).forEach(session::insert);
        // Shipments, complaints and promises reach the rules only gathered per order. A refund requested for late
        // shipment or want of stock is a complaint of that kind for the payout rules.
        OrderFacts.of(c, handovers, RefundComplaints.of(c), chats.promises()).forEach(session::insert);
        Phase.focusInOrder(session.getAgenda());
        int fired = session.fireAllRules(FIRING_LIMIT);
        if (fired >= FIRING_LIMIT) {
            throw new IllegalStateException("case " + c.caseId() + ": rules fired " + fired
                    + " times without settling; a rule of " + packVersion() + " loops");
        }
        // A rule that matches only once its phase is over (it reads a fact a later phase inserted) would be skipped
        // without a word, and the verdict would silently lack what it decides: run the phases once more, firing
        // nothing, and fail naming such rules.
        Phase.focusInOrder(session.getAgenda());
        List<String> late = new java.util.ArrayList<>();
        session.fireAllRules(match -> {
            late.add(match.getRule().getName());
            return false;
        });
        if (!late.isEmpty()) {
            throw new IllegalStateException("case " + c.caseId() + ": DRL rules of " + packVersion()
                    + " matched after their phase had ended (each reads a fact of a later phase): " + late);
        }
        return VerdictAssembler.assemble(c, packVersion(), rules, s.caseFacts.values(), s.findings);
    }

    /**
     * A session holding this book's {@link RuleVersion} facts, reused case after case. Profiling showed that what a
     * session costs grows with the number of rules, not facts: each case in a fresh or reset session rebuilt every
     * rule's node memories and re-joined every RuleVersion. A reused session keeps the versions and those memories;
     * after a case only that case's facts, given and inferred, are deleted. No rule matches RuleVersions alone
     * (each needs a case fact or an inferred one), so a clean session decides the next case exactly as a new one
     * would: every pack's {@code GoldenCaseSuite} decides all golden cases in both orders on one book and compares.
     * <p>
     * The case's facts are recorded as they are inserted (by the engine or by rules), so neither the verdict nor
     * the clean-up walks the session's object store, which cost more than the deletions.
     */
    private static final class CaseSession extends DefaultRuleRuntimeEventListener {
        final KieSession kie;
        final int versionCount;
        /** Every fact of the current case, in insertion order; empty between cases. */
        final Map<FactHandle, Object> caseFacts = new LinkedHashMap<>();
        /** What the current case's rules found that no rule reads; the session's own, so confined to its thread. */
        final Findings findings = new Findings();

        CaseSession(KieSession kie, List<RuleVersion> versions) {
            this.kie = kie;
            this.versionCount = versions.size();
            versions.forEach(kie::insert);
            kie.setGlobal(Findings.GLOBAL, findings);
            kie.addEventListener(this);
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            caseFacts.put(event.getFactHandle(), event.getObject());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            caseFacts.remove(event.getFactHandle());
        }

        /** Deletes the case's facts; false (so the session is dropped) if anything but the versions is left. */
        boolean clear() {
            findings.clear();
            for (FactHandle h : List.copyOf(caseFacts.keySet())) {
                kie.delete(h);
            }
            return caseFacts.isEmpty() && kie.getFactCount() == versionCount;
        }
    }

    /** One {@link Handover} per shipped order: its earliest shipment by hand-over time. */
    static List<Handover> firstHandovers(CaseFacts c) {
        return c.shipments().stream()
                .collect(Collectors.groupingBy(Shipment::orderId, LinkedHashMap::new,
                        Collectors.minBy(FIRST_HANDOVER)))
                .values().stream()
                .flatMap(java.util.Optional::stream)
                .map(s -> new Handover(s.orderId(), s.handedOverAt(), s))
                .toList();
    }

    public Platform platform() {
        return pack.platform();
    }

    public String packVersion() {
        return pack.packVersion();
    }

    /** The names of the pack's DRL rules (several DRL rules may decide one {@link Rule}), sorted. */
    public java.util.Set<String> drlRuleNames() {
        return loaded().drlRules;
    }

    /**
     * The build of the jar the pack was loaded from, from its manifest: {@code Implementation-Title} and
     * {@code Implementation-Version} ({@code ShopRules Tmall (天猫) rule pack 0.1.0}); empty when the pack's classes
     * do not come from a built jar (an IDE, a test run over class directories).
     */
    public Optional<String> packBuild() {
        Package p = pack.getClass().getPackage();
        if (p.getImplementationVersion() == null) {
            return Optional.empty();
        }
        return Optional.of((p.getImplementationTitle() == null ? "" : p.getImplementationTitle() + " ")
                + p.getImplementationVersion());
    }

    /** The rules with this book's parameters applied: ids, versions, figures, citations. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The pack's {@linkplain RulePack#assessments() assessments} (measures over a file of cases, such as the
     * customer-service scorecard's targets) with this book's parameters applied; never used to decide a case.
     */
    public List<Rule> assessments() {
        return assessments;
    }

    /** A file kept beside a rule of this book's pack ({@code late-shipment.exam.yaml}); see {@link RulePack#ruleResource}. */
    public Optional<URL> ruleResource(Rule rule, String suffix) {
        Objects.requireNonNull(rule, "rule");
        return pack.ruleResource(rule.slug(), suffix);
    }

    /** The overrides this book applies on top of the pack defaults. */
    public Map<String, Object> overrides() {
        return overrides;
    }
}
