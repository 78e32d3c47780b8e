package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * What-if analysis: every case is decided twice by the same engine, once by the baseline (pack defaults, facts as
 * given) and once by the scenario (the same packs with parameter overrides, facts moved by {@link FactShifts}).
 * The scenario is {@code RuleBook.withParameters} plus shifted facts, never a second implementation of a rule.
 *
 * <p>Points are aggregated per shop per natural year (Asia/Shanghai, by {@code asOf}) across the file: the first
 * case of a shop in a year starts from its {@code ledger} (if the ledger is for that year, else from zero), and
 * every later case of that shop is decided with the ledger carried forward by the points of the cases before it,
 * in input order ({@link ShopLedgers}). So the packs' own points rules decide which sanctions the file triggers; a
 * sanction counts once per shop, year and node.
 *
 * <p>This class is the entry point and holds the scenario; the work is done by {@link WhatIfRun} (cases streamed
 * over worker threads, memory flat for any number of cases, the same report for any number of threads) or by
 * {@link WhatIfPart}s for a caller that distributes cases itself (e.g. over a Spark cluster): all cases of a shop
 * in one part, in input order; the merged parts give the same report.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.builder().set("tmall.late-shipment.cap", "300")
 *         .shift(FactShift.parse("shipments.shippedAt=-12h")).build();
 * WhatIfReport report = whatIf.run(cases);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WhatIf {
    private final Function<CaseFacts, Verdict> baseline;
    private final Function<CaseFacts, Verdict> scenario;
    private final Consumer<Platform> decidable;
    private final FactShifts shifts;
    private final int threads;
    private final int shown;
    private final ReportAssembler reports;

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
        this.shifts = shifts;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.shown = shown;
        this.reports = new ReportAssembler(titles, parameters, shifts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Decides every case under baseline and scenario; {@code line} in the report is the case's position from 1. */
    public WhatIfReport run(Iterable<CaseFacts> cases) {
        try (WhatIfRun run = start()) {
            long line = 0;
            for (CaseFacts c : cases) {
                run.submit(++line, c);
            }
            return run.finish();
        }
    }

    /** Starts worker threads; submit cases in input order, then {@link WhatIfRun#finish()}. */
    public WhatIfRun start() {
        return new WhatIfRun(this);
    }

    /** An empty part, deciding on the calling thread; see {@link WhatIfPart}. */
    public WhatIfPart part() {
        return new WhatIfPart(this);
    }

    /**
     * The report of a whole file from its parts merged into one: equal to {@link #run} over the file when every
     * case of a shop went to one part in input order.
     */
    public WhatIfReport report(WhatIfPart all) {
        return all.report(reports);
    }

    public FactShifts shifts() {
        return shifts;
    }

    /** The baseline side of a worker or part: pack defaults, facts as given. */
    Side baselineSide(SideTally tally) {
        return new Side(true, baseline, shifts, tally);
    }

    /** The scenario side of a worker or part: overridden parameters, shifted facts. */
    Side scenarioSide(SideTally tally) {
        return new Side(false, scenario, shifts, tally);
    }

    /** @throws IllegalArgumentException if no pack for the platform is loaded */
    void checkDecidable(Platform platform) {
        decidable.accept(platform);
    }

    int threads() {
        return threads;
    }

    int shown() {
        return shown;
    }

    ReportAssembler reports() {
        return reports;
    }

    /** The scenario: parameter overrides, fact shifts, which packs, how the run is done. */
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
}
