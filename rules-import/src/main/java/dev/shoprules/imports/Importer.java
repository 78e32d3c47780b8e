package dev.shoprules.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.privacy.Masking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Platform API payloads to cases. Trades and orders come first, whatever order the payloads are given in; traces
 * and refunds then join them by order id. Nothing reads the clock: {@code asOf} is every case's evaluation instant.
 *
 * <pre>{@code
 * ImportResult r = Importer.builder().asOf(Instant.parse("2026-11-05T04:00:00Z")).platform(Platform.TMALL).build()
 *         .run(List.of(new Importer.Payload(ImportFormat.TAOBAO_TRADE, "trade.json", json)));
 * r.cases();     // CaseFacts, ready for RuleBook.evaluate
 * r.problems();  // errors (record not converted) and warnings, naming file, line and JSON path
 * }</pre>
 *
 * Immutable and thread-safe; each {@link #run} is independent.
 */
public final class Importer {
    /** One case per order (default) or one per shop holding all its orders. */
    public enum CasePer { ORDER, SHOP }

    /** A payload: its format, a name for messages (the file name) and its text. */
    public record Payload(ImportFormat format, String source, String text) {
        public Payload {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
        }
    }

    private final Instant asOf;
    private final Platform platform;
    private final CasePer casePer;
    private final String shop;

    private Importer(Builder b) {
        this.asOf = Objects.requireNonNull(b.asOf, "asOf: required (nothing reads the system clock)");
        this.platform = b.platform;
        this.casePer = b.casePer;
        this.shop = b.shop;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Instant asOf;
        private Platform platform;
        private CasePer casePer = CasePer.ORDER;
        private String shop;

        private Builder() {}

        /** The evaluation instant of every case (required). */
        public Builder asOf(Instant asOf) { this.asOf = asOf; return this; }

        /** TAOBAO or TMALL for TOP payloads (a trade does not say which); PDD or unset for PDD payloads. */
        public Builder platform(Platform platform) { this.platform = platform; return this; }

        public Builder casePer(CasePer casePer) { this.casePer = Objects.requireNonNull(casePer, "casePer"); return this; }

        /** The shop id for payloads that do not name their shop (PDD orders; TOP trades without seller_nick). */
        public Builder shop(String shop) { this.shop = shop; return this; }

        public Importer build() {
            return new Importer(this);
        }
    }

    /**
     * Converts the payloads.
     *
     * @throws IllegalArgumentException if the platform does not fit the formats (a usage error, not a record's)
     */
    public ImportResult run(List<Payload> payloads) {
        for (Payload p : payloads) {
            if (p.format().top() && platform != Platform.TAOBAO && platform != Platform.TMALL) {
                throw new IllegalArgumentException("--from " + p.format() + " needs --platform taobao or tmall: a TOP"
                        + " payload does not say whether the shop is on Taobao or Tmall");
            }
            if (!p.format().top() && platform != null && platform != Platform.PDD) {
                throw new IllegalArgumentException("--from " + p.format() + " is Pinduoduo data, not "
                        + platform.code());
            }
        }
        return new Run().go(payloads);
    }

    /** One import's state: drafts by order id, problems in input order. */
    private final class Run {
        final Map<String, OrderDraft> drafts = new LinkedHashMap<>();
        final Map<String, String> draftOrigin = new LinkedHashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();

        ImportResult go(List<Payload> payloads) {
            List<Payload> ordered = new ArrayList<>(payloads);
            ordered.sort(Comparator.comparingInt(p -> stage(p.format()))); // stable: files keep their order
            for (Payload p : ordered) {
                Payloads.Read read = Payloads.read(p.source(), p.text());
                problems.addAll(read.errors());
                for (JsonNode doc : read.documents()) {
                    document(p, read, doc);
                }
            }
            return new ImportResult(cases(), problems);
        }

        private int stage(ImportFormat f) {
            return switch (f) {
                case TAOBAO_TRADE, PDD_ORDER -> 0;
                case TAOBAO_LOGISTICS -> 1;
                case TAOBAO_REFUND, PDD_REFUND -> 2;
            };
        }

        private void document(Payload p, Payloads.Read read, JsonNode doc) {
            Field root = Field.root(doc, read.lines());
            long docLine = read.lineOf(doc, 1);
            List<Field> records;
            try {
                records = switch (p.format()) {
                    case TAOBAO_TRADE -> TopMapping.trades(root);
                    case PDD_ORDER -> PddMapping.orders(root);
                    case TAOBAO_LOGISTICS -> List.of(root);
                    case TAOBAO_REFUND -> RefundMapping.topRefunds(root);
                    case PDD_REFUND -> RefundMapping.pddRefunds(root);
                };
            } catch (MappingException e) {
                problems.add(problem(ImportProblem.Kind.ERROR, p, e.line, e.path, e.getMessage()));
                return;
            }
            for (Field r : records) {
                long line = read.lineOf(r.node, docLine);
                Consumer<MappingException> warn = w ->
                        problems.add(problem(ImportProblem.Kind.WARNING, p, w.line, w.path, w.getMessage()));
                try {
                    switch (p.format()) {
                        case TAOBAO_TRADE -> add(p, line, r, TopMapping.trade(r, platform, shop, warn));
                        case PDD_ORDER -> add(p, line, r, PddMapping.order(r, shop, warn));
                        case TAOBAO_LOGISTICS -> join(TopMapping.trace(r, warn), p, line, warn);
                        case TAOBAO_REFUND -> join(RefundMapping.top(r, warn), platform, p, line);
                        case PDD_REFUND -> join(RefundMapping.pdd(r, warn), Platform.PDD, p, line);
                    }
                } catch (NotConverted e) {
                    problems.add(problem(ImportProblem.Kind.WARNING, p, e.reason.line, e.reason.path,
                            e.reason.getMessage()));
                } catch (MappingException e) {
                    problems.add(problem(ImportProblem.Kind.ERROR, p, e.line, e.path, e.getMessage()));
                } catch (IllegalArgumentException e) {
                    // a fact's own check (its message starts with the field name)
                    problems.add(problem(ImportProblem.Kind.ERROR, p, line, r.path, e.getMessage()));
                }
            }
        }

        private void add(Payload p, long line, Field r, OrderDraft d) {
            String key = d.platform.code() + "/" + d.order.id();
            String earlier = draftOrigin.get(key);
            if (earlier != null) {
                throw r.fail("order " + d.order.id() + " was already imported from " + earlier
                        + " (one record per order: a later page of the same trade is not merged)");
            }
            drafts.put(key, d);
            draftOrigin.put(key, p.source() + ":" + line);
        }

        private void join(TopMapping.Trace t, Payload p, long line, Consumer<MappingException> warn) {
            OrderDraft d = drafts.get(platform.code() + "/" + t.tid());
            if (d == null) {
                throw t.at().get("tid").fail("trade " + t.tid() + " is not among the imported trades (give its"
                        + " --from taobao-trade payload too)");
            }
            OrderDraft.Parcel parcel = d.parcels.stream().filter(x -> t.waybill().equals(x.trackingNo)).findFirst()
                    .orElse(null);
            if (parcel == null && d.parcels.size() == 1 && d.parcels.get(0).trackingNo == null) {
                parcel = d.parcels.get(0);
                parcel.trackingNo = t.waybill();
            }
            if (parcel == null) {
                throw t.at().get("out_sid").fail("trade " + t.tid() + " has no parcel with this waybill ("
                        + d.parcels.stream().map(x -> Objects.toString(x.trackingNo, "no number"))
                                .reduce((a, b) -> a + ", " + b).orElse("it has not been shipped") + ")");
            }
            if (parcel.trackingKnown) {
                throw t.at().get("out_sid").fail("a trace of waybill " + t.waybill() + " was already applied");
            }
            if (t.events().isEmpty()) {
                warn.accept(t.at().get("trace_list").fail("no steps (an offline-sent waybill has none): the track of "
                        + t.waybill() + " stays unknown"));
                return;
            }
            parcel.pickedUpAt = t.pickedUpAt();
            parcel.signedAt = t.signedAt();
            parcel.events = t.events();
            parcel.trackingKnown = true;
            if (parcel.carrier == Carrier.OTHER && t.company() != null && Carriers.topName(t.company()) != null) {
                parcel.carrier = Carriers.topName(t.company());
            }
        }

        /** A refund joins its order by id; the order's case then carries it. */
        private void join(RefundMapping.Draft r, Platform on, Payload p, long line) {
            OrderDraft d = drafts.get(on.code() + "/" + r.orderId());
            if (d == null) {
                throw r.at().get(on == Platform.PDD ? "order_sn" : "tid").fail("order " + r.orderId() + " is not among"
                        + " the converted orders (give its --from " + (on == Platform.PDD ? "pdd-order" : "taobao-trade")
                        + " payload too; an order not converted cannot carry its refunds)");
            }
            String key = on.code() + "/refund/" + r.refund().id();
            String earlier = draftOrigin.get(key);
            if (earlier != null) {
                throw r.at().fail("refund " + r.refund().id() + " was already imported from " + earlier);
            }
            d.refunds.add(r.joined(d.order.items(), d.subOrders));
            draftOrigin.put(key, p.source() + ":" + line);
        }

        private List<CaseFacts> cases() {
            Map<String, List<OrderDraft>> groups = new LinkedHashMap<>();
            Function<OrderDraft, String> key = casePer == CasePer.ORDER
                    ? d -> d.platform.code() + "-" + d.order.id()
                    : d -> d.platform.code() + "-" + d.shopId;
            drafts.values().forEach(d -> groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
            List<CaseFacts> out = new ArrayList<>();
            for (Map.Entry<String, List<OrderDraft>> g : groups.entrySet()) {
                OrderDraft first = g.getValue().get(0);
                List<Order> orders = new ArrayList<>();
                List<Shipment> shipments = new ArrayList<>();
                List<Refund> refunds = new ArrayList<>();
                for (OrderDraft d : g.getValue()) {
                    orders.add(d.order);
                    d.parcels.forEach(x -> shipments.add(x.toShipment(d.order.id())));
                    refunds.addAll(d.refunds);
                }
                CaseFacts c = new CaseFacts(g.getKey(), first.platform, asOf,
                        new Shop(first.shopId, first.shopName, List.of()), null, orders, List.of(), shipments,
                        List.of(), List.of(), List.of(), refunds);
                // What is written must read back as a valid case: the contract's strict reader is the judge.
                CaseInput back = CaseJson.parse(ImportResult.jsonLine(c), "import", 1);
                if (back instanceof CaseInput.Invalid bad) {
                    String origin = draftOrigin.get(first.platform.code() + "/" + first.order.id());
                    bad.problems().forEach(pr -> problems.add(new ImportProblem(ImportProblem.Kind.ERROR,
                            origin.substring(0, origin.lastIndexOf(':')),
                            Long.parseLong(origin.substring(origin.lastIndexOf(':') + 1)),
                            "case " + g.getKey() + " " + pr.path(), Masking.mobilesIn(pr.message()))));
                } else {
                    out.add(c);
                }
            }
            return out;
        }

        private ImportProblem problem(ImportProblem.Kind kind, Payload p, long line, String path, String message) {
            return new ImportProblem(kind, p.source(), line, path, Masking.mobilesIn(Objects.toString(message, "")));
        }
    }
}
