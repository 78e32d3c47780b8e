package dev.shoprules.core.whatif;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.verdict.Money;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.whatif.SideTally.SanctionKey;
import dev.shoprules.core.whatif.SideTally.ShopKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What-if analysis: every case is decided twice by the same engine, once by the baseline (pack defaults, facts as
 * given) and once by the scenario (the same packs with parameter overrides, facts moved by {@link FactShifts}).
 * The scenario is {@code RuleBook.withParameters} plus shifted facts, never a second implementation of a rule.
 *
 * <p>Points are aggregated per shop per natural year (Asia/Shanghai, by {@code asOf}) across the file: the first
 * case of a shop in a year starts from its {@code ledger} (if the ledger is for that year, else from zero), and
 * every later case of that shop is decided with the ledger carried forward by the points of the cases before it,
 * in input order. So the packs' own points rules decide which sanctions the file triggers; a sanction counts once
 * per shop, year and node.
 *
 * <p>Cases are streamed: {@link Run#submit} hands each case to worker threads (one per core) and blocks while
 * they are busy, so memory stays flat for any number of cases. A shop's cases are decided in input order on one
 * worker per side, so the report is the same for any number of threads. A caller that distributes cases itself
 * (e.g. over a Spark cluster) decides them in {@link Part}s instead: all cases of a shop in one part, in input
 * order; the merged parts give the same report.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.builder().set("tmall.late-shipment.cap", "300")
 *         .shift(FactShift.parse("shipments.shippedAt=-12h")).build();
 * WhatIfReport report = whatIf.run(cases);
 * }</pre>
 */
public final class WhatIf {
    /** Cases queued per worker; bounds memory together with the pending half-compared cases. */
    static final int QUEUE_CAPACITY = 256;

    private final Function<CaseFacts, Verdict> baseline;
    private final Function<CaseFacts, Verdict> scenario;
    private final Consumer<Platform> decidable;
    private final Map<String, String> titles;
    private final Map<String, Object> parameters;
    private final FactShifts shifts;
    private final int threads;
    private final int shown;

    /**
     * @param baseline decides a case under the pack defaults
     * @param scenario decides a case under the scenario's parameters (shifts are applied before)
     * @param decidable throws IllegalArgumentException for a platform with no loaded pack
     * @param titles rule id → title, for the report
     */
    WhatIf(Function<CaseFacts, Verdict> baseline, Function<CaseFacts, Verdict> scenario, Consumer<Platform> decidable,
           Map<String, String> titles, Map<String, ?> parameters, FactShifts shifts, int threads, int shown) {
        this.baseline = baseline;
        this.scenario = scenario;
        this.decidable = decidable;
        this.titles = Map.copyOf(titles);
        this.parameters = new LinkedHashMap<>(parameters);
        this.shifts = shifts;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.shown = shown;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decides every case under baseline and scenario; {@code line} in the report is the case's position from 1. */
    public WhatIfReport run(Iterable<CaseFacts> cases) {
        try (Run run = start()) {
            long line = 0;
            for (CaseFacts c : cases) {
                run.submit(++line, c);
            }
            return run.finish();
        }
    }

    /** Starts worker threads; submit cases in input order, then {@link Run#finish()}. */
    public Run start() {
        return new Run();
    }

    /** An empty part, deciding on the calling thread; see {@link Part}. */
    public Part part() {
        return new Part(this);
    }

    /**
     * The report of a whole file from its parts merged into one: equal to {@link #run} over the file when every
     * case of a shop went to one part in input order.
     */
    public WhatIfReport report(Part all) {
        return report(all.baselineTally, all.scenarioTally, all.cases, all.invalid, all.changed);
    }

    public FactShifts shifts() {
        return shifts;
    }

    public static final class Builder {
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final List<FactShift> shifts = new ArrayList<>();
        private final List<Platform> platforms = new ArrayList<>();
        private int threads;
        private int shown = 20;

        private Builder() {}

        /** One parameter override of the scenario, e.g. {@code set("tmall.late-shipment.cap", "300")}. */
        public Builder set(String key, Object value) {
            parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
            return this;
        }

        public Builder parameters(Map<String, ?> values) {
            values.forEach(this::set);
            return this;
        }

        public Builder shift(FactShift shift) {
            shifts.add(Objects.requireNonNull(shift, "shift"));
            return this;
        }

        public Builder shifts(List<FactShift> more) {
            more.forEach(this::shift);
            return this;
        }

        /** Only these platforms' packs (default: every pack on the classpath). */
        public Builder platforms(Platform... wanted) {
            platforms.addAll(List.of(wanted));
            return this;
        }

        /** Worker threads (default: one per available core). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads: at least 1, was " + n);
            }
            threads = n;
            return this;
        }

        /** How many changed cases the report lists with their ids (default 20); all are counted. */
        public Builder changedCasesShown(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("changedCasesShown: must not be negative, was " + n);
            }
            shown = n;
            return this;
        }

        /**
         * Loads the packs and checks the scenario.
         *
         * @throws dev.shoprules.core.params.ParameterException for an unknown key or ill-typed value
         * @throws IllegalArgumentException if a field is shifted twice
         */
        public WhatIf build() {
            FactShifts checked = FactShifts.of(shifts);
            ShopRules base = platforms.isEmpty() ? ShopRules.defaults()
                    : ShopRules.builder().platforms(platforms.toArray(Platform[]::new)).build();
            ShopRules scen = base.withParameters(parameters);
            Map<String, String> titles = new HashMap<>();
            base.rules().forEach(r -> titles.put(r.id(), r.title()));
            return new WhatIf(base::evaluate, scen::evaluate, base::book, titles, parameters, checked, threads, shown);
        }
    }

    private record Task(long seq, long line, CaseFacts facts, boolean baseline) {}

    private static final Task END = new Task(-1, -1, null, true);

    /**
     * One pass over a case file. Not thread-safe: one thread submits, in input order. Closing without
     * {@link #finish()} stops the workers and discards the results.
     */
    public final class Run implements AutoCloseable {
        private final Worker[] workers;
        private final Thread[] running;
        private final Map<Long, CaseOutcome> pending = new ConcurrentHashMap<>();
        private final ChangedCases changed = new ChangedCases(shown);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private long submitted;
        private long invalid;
        private boolean finished;

        private Run() {
            workers = new Worker[threads];
            running = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = new Worker();
                running[i] = new Thread(workers[i], "shoprules-whatif-" + i);
                running[i].setDaemon(true);
                running[i].start();
            }
        }

        /**
         * Queues one case for both sides; blocks while the workers are busy.
         *
         * @throws IllegalArgumentException if no pack for the case's platform is loaded (the case is not counted)
         */
        public void submit(long line, CaseFacts c) {
            Objects.requireNonNull(c, "case");
            if (finished) {
                throw new IllegalStateException("this run is finished");
            }
            decidable.accept(c.platform());
            ShopKey shop = shopOf(c);
            long seq = submitted++;
            // A shop's cases stay in input order on one worker per side (its ledger runs through them); the two
            // sides of a shop go to different workers, so even a one-shop file keeps two cores busy.
            int h = shop.platform().ordinal() * 31 + shop.shopId().hashCode();
            put(workers[Math.floorMod(h, threads)].queue, new Task(seq, line, c, true));
            put(workers[Math.floorMod(h + 1, threads)].queue, new Task(seq, line, c, false));
        }

        /** Counts an input entry that was not a valid case (reported by the caller); it shows in the report. */
        public void countInvalid() {
            invalid++;
        }

        /** Cases submitted so far. */
        public long submitted() {
            return submitted;
        }

        /**
         * Waits for the workers and assembles the report.
         *
         * @throws WhatIfException if deciding a case failed (e.g. a rule looped)
         */
        public WhatIfReport finish() {
            if (finished) {
                throw new IllegalStateException("this run is finished");
            }
            stop();
            Throwable failed = failure.get();
            if (failed != null) {
                throw new WhatIfException("what-if failed: " + failed.getMessage(), failed);
            }
            if (!pending.isEmpty()) {
                throw new IllegalStateException(pending.size() + " cases were decided under one side only");
            }
            SideTally base = new SideTally();
            SideTally scen = new SideTally();
            for (Worker w : workers) {
                base.merge(w.baseline.tally);
                scen.merge(w.scenario.tally);
            }
            return report(base, scen, submitted, invalid, changed);
        }

        @Override
        public void close() {
            if (!finished) {
                failure.compareAndSet(null, new IllegalStateException("run closed before finish"));
                stop();
            }
        }

        private void stop() {
            finished = true;
            for (Worker w : workers) {
                put(w.queue, END);
            }
            for (Thread t : running) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new WhatIfException("interrupted while waiting for the workers", e);
                }
            }
        }

        private void put(BlockingQueue<Task> queue, Task task) {
            try {
                queue.put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WhatIfException("interrupted while queueing cases", e);
            }
        }

        /** Both sides of case {@code seq} are decided: compare them. Called by workers. */
        private void arrive(long seq, long line, Platform platform, CaseOutcome outcome) {
            CaseOutcome other = pending.remove(seq);
            if (other == null) {
                other = pending.putIfAbsent(seq, outcome);
                if (other == null) {
                    return;
                }
                pending.remove(seq);
            }
            CaseOutcome b = outcome.baseline() ? outcome : other;
            CaseOutcome s = outcome.baseline() ? other : outcome;
            changed.compare(seq, line, platform, b, s);
        }

        /** One worker thread: decides the baseline and scenario tasks of the shops hashed to it, in queue order. */
        private final class Worker implements Runnable {
            final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
            final Side baseline = new Side(true, WhatIf.this.baseline, shifts, new SideTally());
            final Side scenario = new Side(false, WhatIf.this.scenario, shifts, new SideTally());

            @Override
            public void run() {
                try {
                    for (Task t = queue.take(); t != END; t = queue.take()) {
                        if (failure.get() != null) {
                            continue;
                        }
                        try {
                            arrive(t.seq(), t.line(), t.facts().platform(),
                                    (t.baseline() ? baseline : scenario).decide(t.facts()));
                        } catch (RuntimeException | Error e) {
                            failure.compareAndSet(null, new WhatIfException("case " + t.facts().caseId()
                                    + " (line " + t.line() + "): " + e.getMessage(), e));
                        }
                    }
                } catch (InterruptedException e) {
                    failure.compareAndSet(null, e);
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** One side of a worker or part: its rule set, its running ledgers per shop and year, its sums. */
    private static final class Side {
        final boolean isBaseline;
        final Function<CaseFacts, Verdict> rules;
        final FactShifts shifts;
        final Map<ShopYear, long[]> ledgers = new HashMap<>();
        final SideTally tally;

        Side(boolean isBaseline, Function<CaseFacts, Verdict> rules, FactShifts shifts, SideTally tally) {
            this.isBaseline = isBaseline;
            this.rules = rules;
            this.shifts = shifts;
            this.tally = tally;
        }

        /** Decides the case (shifted, for the scenario) with the ledger its shop has carried so far, and sums it. */
        CaseOutcome decide(CaseFacts facts) {
            CaseFacts c = isBaseline ? facts : shifts.apply(facts);
            ShopKey shop = shopOf(c);
            int year = Times.year(c.asOf());
            long[] carried = ledgers.computeIfAbsent(new ShopYear(shop, year), k -> opening(c.ledger(), year));
            Verdict v = rules.apply(withLedger(c, year, carried));
            carried[0] += v.totals().generalPoints();
            carried[1] += v.totals().seriousPoints();
            tally.add(v, shop, year);
            return CaseOutcome.of(isBaseline, v);
        }
    }

    /**
     * Part of a what-if over cases the caller distributes itself, e.g. over the partitions of a Spark job. A part
     * decides, on the calling thread, the cases submitted to it; it must be given every case of its shops, each
     * shop's cases in input order (their ledgers run through them). Parts then merge in any order, and
     * {@link WhatIf#report(Part)} of all of them merged equals {@link WhatIf#run} over the whole file.
     *
     * <p>A part is serialisable for its tallies and changed cases; the ledgers and rules it decides with stay
     * behind, so a part that was serialised only merges.
     */
    public static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;

        private final SideTally baselineTally = new SideTally();
        private final SideTally scenarioTally = new SideTally();
        private final ChangedCases changed;
        private long cases;
        private long invalid;
        private final transient WhatIf whatIf;
        private final transient Side baseline;
        private final transient Side scenario;
        private final transient Map<ShopKey, Long> lastPosition;

        private Part(WhatIf whatIf) {
            this.whatIf = whatIf;
            this.changed = new ChangedCases(whatIf.shown);
            this.baseline = new Side(true, whatIf.baseline, whatIf.shifts, baselineTally);
            this.scenario = new Side(false, whatIf.scenario, whatIf.shifts, scenarioTally);
            this.lastPosition = new HashMap<>();
        }

        /**
         * Decides one case under baseline and scenario.
         *
         * @param position the case's position in the input (any increasing numbering; it orders the changed cases)
         * @param line the case's line, for the report
         * @throws IllegalArgumentException if no pack for the case's platform is loaded (the case is not counted)
         * @throws IllegalStateException if the shop's previous case had a later position, or the part was serialised
         * @throws WhatIfException if deciding the case failed (e.g. a rule looped)
         */
        public void submit(long position, long line, CaseFacts c) {
            Objects.requireNonNull(c, "case");
            if (whatIf == null) {
                throw new IllegalStateException("a part that was serialised only merges; decide cases in a new part");
            }
            whatIf.decidable.accept(c.platform());
            ShopKey shop = shopOf(c);
            Long last = lastPosition.get(shop);
            if (last != null && last >= position) {
                throw new IllegalStateException("case " + c.caseId() + " (position " + position + ") of shop "
                        + shop.shopId() + " came after position " + last + ": a shop's cases must come in input order");
            }
            lastPosition.put(shop, position);
            cases++;
            try {
                changed.compare(position, line, c.platform(), baseline.decide(c), scenario.decide(c));
            } catch (RuntimeException e) {
                throw new WhatIfException("case " + c.caseId() + " (line " + line + "): " + e.getMessage(), e);
            }
        }

        /** Counts input entries that were not valid cases (reported by the caller); they show in the report. */
        public void countInvalid(long entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("entries: must not be negative, was " + entries);
            }
            invalid += entries;
        }

        /** Cases decided so far. */
        public long cases() {
            return cases;
        }

        /**
         * Adds another part's results to this one.
         *
         * @throws IllegalStateException if both parts decided cases of one shop (its ledger would have been split)
         */
        public Part merge(Part other) {
            for (ShopKey shop : other.baselineTally.shops.keySet()) {
                if (baselineTally.shops.containsKey(shop)) {
                    throw new IllegalStateException("shop " + shop.platform().code() + "/" + shop.shopId()
                            + " was decided in two parts; all cases of a shop belong in one part");
                }
            }
            baselineTally.merge(other.baselineTally);
            scenarioTally.merge(other.scenarioTally);
            changed.merge(other.changed);
            cases += other.cases;
            invalid += other.invalid;
            return this;
        }
    }

    private WhatIfReport report(SideTally base, SideTally scen, long cases, long invalid, ChangedCases changed) {
        Tally b = base.tally();
        Tally s = scen.tally();
        List<RuleChange> rules = new ArrayList<>();
        for (String id : new TreeSet<>(union(base.rules.keySet(), scen.rules.keySet()))) {
            RuleTally rb = tallyOf(base.rules.get(id));
            RuleTally rs = tallyOf(scen.rules.get(id));
            rules.add(new RuleChange(id, titles.get(id), new Change<>(rb, rs, rs.minus(rb))));
        }
        List<ShopChange> shops = new ArrayList<>();
        Comparator<ShopKey> byShop = Comparator.comparing(ShopKey::platform).thenComparing(ShopKey::shopId);
        TreeSet<ShopKey> shopKeys = new TreeSet<>(byShop);
        shopKeys.addAll(base.shops.keySet());
        shopKeys.addAll(scen.shops.keySet());
        for (ShopKey k : shopKeys) {
            ShopPoints pb = pointsOf(base.shops.get(k));
            ShopPoints ps = pointsOf(scen.shops.get(k));
            shops.add(new ShopChange(k.platform(), k.shopId(), new Change<>(pb, ps, ps.minus(pb))));
        }
        TreeSet<SanctionKey> sanctionKeys = new TreeSet<>(Comparator.comparing(SanctionKey::shop, byShop)
                .thenComparingInt(SanctionKey::year).thenComparing(SanctionKey::ruleId)
                .thenComparing(SanctionKey::severity).thenComparingInt(SanctionKey::threshold)
                .thenComparing(SanctionKey::kind));
        sanctionKeys.addAll(base.sanctions);
        sanctionKeys.addAll(scen.sanctions);
        List<SanctionChange> sanctions = sanctionKeys.stream().map(k -> new SanctionChange(k.shop().platform(),
                k.shop().shopId(), k.year(), k.ruleId(), k.kind(), k.severity(), k.threshold(),
                base.sanctions.contains(k), scen.sanctions.contains(k))).toList();
        return new WhatIfReport(parameters, shifts.shifts().stream().map(FactShift::toString).toList(),
                cases, invalid, new Change<>(b, s, s.minus(b)), rules, shops, sanctions, changed.count(),
                changed.first());
    }

    private record ShopYear(ShopKey shop, int year) {}

    private static ShopKey shopOf(CaseFacts c) {
        return new ShopKey(c.platform(), c.shop() == null ? "" : c.shop().id());
    }

    /** The points a shop starts a year with: its ledger's, if the ledger is for that year. */
    private static long[] opening(Ledger ledger, int year) {
        return ledger != null && ledger.year() == year
                ? new long[] {ledger.generalPoints(), ledger.seriousPoints()} : new long[2];
    }

    /** The case with the carried-forward ledger; a year the ledger cannot hold leaves the case as it is. */
    private static CaseFacts withLedger(CaseFacts c, int year, long[] points) {
        Ledger ledger;
        try {
            ledger = new Ledger(year, Math.toIntExact(points[0]), Math.toIntExact(points[1]));
        } catch (IllegalArgumentException | ArithmeticException outOfRange) {
            return c;
        }
        if (ledger.equals(c.ledger())) {
            return c;
        }
        return new CaseFacts(c.caseId(), c.platform(), c.asOf(), c.shop(), ledger, c.orders(), c.promises(),
                c.shipments(), c.invoices(), c.chats(), c.complaints(), c.refunds());
    }

    private static RuleTally tallyOf(SideTally.RuleSums sums) {
        return sums == null ? new RuleTally(0, Money.ZERO,
                Money.ZERO) : sums.tally();
    }

    private static ShopPoints pointsOf(long[] points) {
        return points == null ? new ShopPoints(0, 0) : new ShopPoints(points[0], points[1]);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
