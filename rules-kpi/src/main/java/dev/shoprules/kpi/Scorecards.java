package dev.shoprules.kpi;

import dev.shoprules.core.Platform;
import dev.shoprules.core.ShopRules;
import dev.shoprules.core.chat.ReplyKpi.ServiceHours;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer-service scorecards (客服考核) over a file of cases, per agent, shop or day (RULES.md "Customer-service
 * assessment"):
 *
 * <pre>{@code
 * Scorecards kpi = Scorecards.builder().by(GroupBy.AGENT).set("pdd.kpi.rate-30s-target", "0.85").build();
 * ScorecardReport report = kpi.run(cases);            // or: try (var run = kpi.start()) { run.add(c); … run.report(); }
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Run} is one pass, fed from one thread. A run keeps one running tally per
 * group and nothing of a case once it is added, so memory stays flat for any number of cases.
 *
 * <p>Definitions (where RULES.md leaves a choice, the choice is stated here):
 * <ul>
 * <li><b>Buyer</b>: a chat {@code account} of a case; its orders are those whose {@code buyerId} is that account
 *     (a chat about someone else's order does not make that order the asker's). A case is the unit of identity:
 *     the same account in two cases is counted in each. A buyer <b>asked</b> when it sent at least one message by
 *     {@code asOf}, at any hour; an account that never wrote is not an inquiry, and nothing of it is scored.</li>
 * <li><b>Answered</b>: a buyer message is answered by the next {@code AGENT} message of its chat
 *     ({@link dev.shoprules.core.chat.ReplyKpi.Inquiry}, as the packs' REPLY-KPI metrics read it); an
 *     {@code AUTO_REPLY} answers no one; messages after {@code asOf} do not exist yet. A chat with no human reply
 *     leaves its buyer unanswered.</li>
 * <li><b>Response times and the 30 s / 3 min rates</b> count only buyer messages sent inside the platform's
 *     service hours ({@code <platform>.reply-kpi.service-start}/{@code service-end}, Asia/Shanghai, half-open: a
 *     message at 23:00:00 is outside 08:00–23:00), whenever the reply came. A message still unanswered whose
 *     30 s (3 min) are not up at {@code asOf} is not judged by that rate yet; an answered one always is. First
 *     response is per chat, from its first message in service hours. Each platform's own assessment window
 *     ({@code taobao.reply-kpi.window-days}) and Taobao's rounds are the REPLY-KPI rule's; a scorecard counts every
 *     message of the file.</li>
 * <li><b>Converted</b>: an order of the buyer paid at or after the buyer's first message and by {@code asOf}
 *     (PDD: also grouped — 成团 — by {@code asOf}). Orders paid before the buyer first asked are not conversions.</li>
 * <li><b>Attribution</b> ("谁落实算谁的绩效"): each converted order counts for the last agent who wrote to the buyer
 *     (any chat of the account) at or before its payment; every other agent who wrote before then gets an
 *     <b>assist</b> for that buyer, unless one of the buyer's orders counts for them. A converted order nobody
 *     served before payment (or whose last message names no agent) counts for no agent: the shop's conversion
 *     includes it, its sales do not — {@code sales}, {@code avg-order-value}, {@code items-per-buyer} and
 *     {@code refund-rate} are customer-service figures (客服销售额) at every level, so a shop's sales are the sum of
 *     its agents'.</li>
 * <li><b>An agent's</b> buyers are the asking buyers that agent wrote to; its reply rate is those it answered, its
 *     conversion those whose sale counts for it, its response times the messages it answered. Case files carry no
 *     routing (分流), so a buyer nobody wrote to belongs to no agent: it is in the shop's and day's figures only.</li>
 * <li><b>Days</b> (Asia/Shanghai): a buyer, its conversion, sales and assists fall on the day of its first
 *     message; each response gap on the day of the buyer message.</li>
 * <li><b>Unknown is not absent</b>: a metric with nothing to divide by is null ("n/a"), never 0.</li>
 * <li><b>Targets and bands</b> are the pack's {@code kpi} figures ({@code <platform>.kpi.<name>-target},
 *     {@code response-good-max} …) in force at the latest {@code asOf} of the group's cases.</li>
 * </ul>
 */
public final class Scorecards {
    static final String REPLY_KPI = "reply-kpi";
    static final String KPI = "kpi";

    private final GroupBy by;
    private final Map<Platform, RuleBook> books;

    private Scorecards(GroupBy by, Map<Platform, RuleBook> books) {
        this.by = by;
        this.books = books;
    }

    public static Builder builder() {
        return new Builder();
    }

    public GroupBy by() {
        return by;
    }

    /** Scores every case; the report's {@code errors} is 0 (a caller reading a file counts its own). */
    public ScorecardReport run(Iterable<CaseFacts> cases) {
        Run run = start();
        cases.forEach(run::add);
        return run.report();
    }

    /** A pass over a file: {@link Run#add} each case, then {@link Run#report}. */
    public Run start() {
        return new Run();
    }

    public static final class Builder {
        private GroupBy by = GroupBy.AGENT;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        private Builder() {}

        /** Scorecards per agent (default), shop or day. */
        public Builder by(GroupBy grouping) {
            this.by = Objects.requireNonNull(grouping, "by");
            return this;
        }

        /** One parameter override, e.g. {@code set("tmall.kpi.rate-3min-target", "0.95")} or a service hour. */
        public Builder set(String key, Object value) {
            parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
            return this;
        }

        public Builder parameters(Map<String, ?> values) {
            values.forEach(this::set);
            return this;
        }

        /**
         * Finds the packs on the classpath (their KieBases are not built: scorecards need only their figures) and
         * applies the overrides.
         *
         * @throws dev.shoprules.core.params.ParameterException for an unknown key or an ill-typed value
         * @throws dev.shoprules.core.engine.PackLoadException if no pack is on the classpath
         */
        public Scorecards build() {
            ShopRules rules = ShopRules.builder().parameters(parameters).build();
            Map<Platform, RuleBook> books = new EnumMap<>(Platform.class);
            rules.platforms().forEach(p -> books.put(p, rules.book(p)));
            return new Scorecards(by, books);
        }
    }

    /**
     * A well-formed case that cannot be scored: no pack for its platform, a pack without the figures, or no shop.
     * It is not counted; {@link #path()} names the field at fault, as a case-file error does.
     */
    public static final class UnscorableCase extends IllegalArgumentException {
        private final String path;

        UnscorableCase(String path, String message) {
            super(message);
            this.path = path;
        }

        /** The JSON path of the field at fault: {@code platform} or {@code shop}. */
        public String path() {
            return path;
        }
    }

    /** One platform's figures: the REPLY-KPI rule (service hours) and the KPI assessment (targets, bands). */
    private record Figures(Rule replyKpi, Rule kpi) {
        static Figures of(RuleBook book) {
            Rule reply = find(book.rules(), REPLY_KPI)
                    .orElseThrow(() -> new UnscorableCase("platform", "rule pack " + book.packVersion()
                            + " has no reply-kpi rule (service hours): its cases cannot be scored"));
            Rule kpi = find(book.assessments(), KPI)
                    .orElseThrow(() -> new UnscorableCase("platform", "rule pack " + book.packVersion()
                            + " has no kpi assessment (kpi.yaml: targets and bands): its cases cannot be scored"));
            return new Figures(reply, kpi);
        }

        private static Optional<Rule> find(List<Rule> rules, String slug) {
            return rules.stream().filter(r -> r.slug().equals(slug)).findFirst();
        }
    }

    private record GroupKey(Platform platform, String shopId, String key) {}

    private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::platform)
            .thenComparing(GroupKey::shopId).thenComparing(GroupKey::key);

    /** One pass over a file. Not thread-safe: one thread adds the cases. */
    public final class Run implements AutoCloseable {
        private final Map<GroupKey, Tally> groups = new HashMap<>();
        private final Map<Platform, Figures> figures = new EnumMap<>(Platform.class);
        private final Map<Platform, Instant> latest = new EnumMap<>(Platform.class);
        private long cases;
        private long errors;

        private Run() {}

        /**
         * Adds one case to the scorecards.
         *
         * @throws UnscorableCase if the case cannot be scored (no pack for its platform, or a pack without the
         *                        figures; no shop): the case is not counted
         */
        public void add(CaseFacts c) {
            Objects.requireNonNull(c, "case");
            Figures f = figures(c.platform());
            if (c.shop() == null) {
                throw new UnscorableCase("shop", "a scorecard needs the case's shop");
            }
            ServiceHours hours = f.replyKpi().versionAt(c.asOf()).map(ServiceHours::of).orElse(null);
            String shopId = c.shop().id();
            new CaseScoring(c, hours, c.platform() == Platform.PDD).addTo(by, key -> {
                Tally t = groups.computeIfAbsent(new GroupKey(c.platform(), shopId, key), k -> new Tally());
                t.seen(c.asOf());
                return t;
            });
            latest.merge(c.platform(), c.asOf(), (a, b) -> a.isAfter(b) ? a : b);
            cases++;
        }

        /** Counts an input entry that was not a valid case (the caller reports it); it shows as {@code errors}. */
        public void countInvalid() {
            errors++;
        }

        /** Cases added so far. */
        public long cases() {
            return cases;
        }

        /** The scorecards of the cases added so far. */
        public ScorecardReport report() {
            List<Scorecard> out = new ArrayList<>();
            groups.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(e -> {
                GroupKey k = e.getKey();
                RuleVersion kpi = figures.get(k.platform()).kpi().versionAt(e.getValue().latestAsOf).orElse(null);
                out.add(Scorecard.of(k.platform(), k.shopId(), k.key(), e.getValue().counts(), kpi));
            });
            List<ScorecardReport.AppliedFigure> applied = new ArrayList<>();
            latest.forEach((p, at) -> {
                Figures f = figures.get(p);
                f.replyKpi().versionAt(at).ifPresent(v -> {
                    applied(applied, v.figure("service-start"));
                    applied(applied, v.figure("service-end"));
                });
                f.kpi().versionAt(at).ifPresent(v -> v.figures().values().forEach(x -> applied(applied, x)));
            });
            return new ScorecardReport(by, out, cases, errors, applied);
        }

        @Override
        public void close() {
            groups.clear();
        }

        private Figures figures(Platform p) {
            Figures f = figures.get(p);
            if (f == null) {
                RuleBook book = books.get(p);
                if (book == null) {
                    throw new UnscorableCase("platform", "no rules for platform " + p.code() + " (loaded: "
                            + books.keySet().stream().map(Platform::code).toList() + ")");
                }
                f = Figures.of(book);
                figures.put(p, f);
            }
            return f;
        }

        private static void applied(List<ScorecardReport.AppliedFigure> out, Figure f) {
            out.add(new ScorecardReport.AppliedFigure(f.key(), f.value(), f.confidence().name(), f.citation(),
                    f.overridden()));
        }
    }
}
