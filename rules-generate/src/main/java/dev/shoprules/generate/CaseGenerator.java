package dev.shoprules.generate;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Complaint;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Item;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.PaymentMethod;
import dev.shoprules.core.facts.Promise;
import dev.shoprules.core.facts.PromiseKind;
import dev.shoprules.core.facts.PromiseSource;
import dev.shoprules.core.facts.Receiver;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.Shop;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.json.CaseJson;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic synthetic cases of one platform, deterministic per seed: case {@code i} depends only on the seed and
 * {@code i}, so any number of cases streams in constant memory and any slice can be regenerated.
 *
 * <p>What a file holds: several shops (a skewed mix, each with its ledger for the year); orders paid, unpaid and
 * closed (by seller, buyer or system), some with an agreed ship-by date or presale, PDD orders with their group
 * time; shipments on time, exactly at the deadline, a second late, days late, never shipped, uploaded without a
 * pickup scan or picked up a day after upload, with tracking events across provinces (some with long gaps);
 * promises of every kind, kept or broken; invoices issued, pending, refused, charged to the buyer or inflated;
 * extra charges; complaints upheld or not; chats with typical agent and auto-reply messages and some that break
 * chat rules (off-platform payment, contact details, absolute claims, review cash-back, insults, another buyer's
 * data) or deny such a request compliantly; refund, return and exchange requests with the seller's answers (some
 * late), return parcels (some by 平邮) and refunds ({@link RefundRequests}). Cases fall in 2026 (Asia/Shanghai).
 *
 * <pre>{@code
 * CaseGenerator g = new CaseGenerator(Platform.TMALL, 42);
 * g.cases(1_000).forEach(engine::evaluate);
 * g.writeJsonLines(1_000_000, writer);
 * }</pre>
 */
public final class CaseGenerator {
    private static final int YEAR = 2026;
    private static final Instant YEAR_START = Times.startOf(LocalDate.of(YEAR, 1, 1));
    private static final int SHOPS = 12;
    private static final long AFTER_SALES_STREAM = 0x7E7A_F7E5_A1E5L;
    private static final ObjectWriter JSON = CaseJson.writerOmittingEmpty();

    private final Platform platform;
    private final long seed;
    private final List<Shop> shops = new ArrayList<>();
    private final List<Ledger> ledgers = new ArrayList<>();
    private final List<String> shopProvinces = new ArrayList<>();

    public CaseGenerator(Platform platform, long seed) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        String[] names = Catalog.shopNames(platform);
        for (int i = 0; i < SHOPS; i++) {
            String id = platform.code() + "-shop-" + (i + 1);
            shops.add(new Shop(id, names[i % names.length], List.of("400" + digits(r, 7))));
            // Most shops start the year clean; a few already carry points, some near a sanction node.
            ledgers.add(new Ledger(YEAR, pickInt(r, 0, 0, 0, 0, 2, 4, 6, 8, 10, 11),
                    pickInt(r, 0, 0, 0, 0, 0, 0, 6, 12, 24, 42, 46)));
            shopProvinces.add(pick(r, Catalog.ORIGINS));
        }
    }

    public Platform platform() {
        return platform;
    }

    public long seed() {
        return seed;
    }

    /** Cases {@code 0 … count-1}, generated lazily. */
    public Stream<CaseFacts> cases(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative, was " + count);
        }
        return LongStream.range(0, count).mapToObj(this::caseAt);
    }

    /** Writes {@code count} cases as JSON Lines (one case and a newline each); the caller closes {@code out}. */
    public void writeJsonLines(long count, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(JSON.writeValueAsString(caseAt(i)));
            out.write('\n');
        }
        out.flush();
    }

    /** Case number {@code index} (from 0) of this generator: always the same for the same seed. */
    public CaseFacts caseAt(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index: must not be negative, was " + index);
        }
        return new OneCase(new SplittableRandom(mix(seed, index)), index).build();
    }

    /** SplitMix64 finaliser over seed and index: independent streams for neighbouring cases. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The facts of one case as they are built up. */
    private final class OneCase {
        private final SplittableRandom r;
        private final long index;
        private final Instant asOf;
        private final List<Order> orders = new ArrayList<>();
        private final List<Promise> promises = new ArrayList<>();
        private final List<Shipment> shipments = new ArrayList<>();
        private final List<Invoice> invoices = new ArrayList<>();
        private final List<Chat> chats = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final RefundRequests afterSales;
        private final int shop;

        OneCase(SplittableRandom r, long index) {
            this.r = r;
            this.index = index;
            // Between 3 Jan and 28 Dec, on a whole minute: orders a few days back stay in the same year mostly.
            this.asOf = YEAR_START.plus(Duration.ofMinutes(between(r, 3 * 1440, 362 * 1440)));
            // A skewed mix: the first shops get most of the cases, as in a real portfolio.
            double u = r.nextDouble();
            this.shop = (int) (u * u * SHOPS);
            // After-sales facts draw from a stream of their own: the rest of a case is as before they existed.
            this.afterSales = new RefundRequests(new SplittableRandom(mix(seed ^ AFTER_SALES_STREAM, index)), asOf);
        }

        CaseFacts build() {
            int n = weighted(r, 60, 30, 10) + 1;
            for (int k = 1; k <= n; k++) {
                order("o-" + (index + 1) + "-" + k);
            }
            if (r.nextInt(100) < 40) {
                chat(orders.get(r.nextInt(orders.size())));
            }
            return new CaseFacts("gen-" + platform.code() + "-" + seed + "-" + (index + 1), platform, asOf,
                    shops.get(shop), ledgers.get(shop), orders, promises, shipments, invoices, chats, complaints,
                    afterSales.refunds());
        }

        private void order(String id) {
            String buyer = "b-" + digits(r, 7);
            Instant created = asOf.minus(Duration.ofMinutes(between(r, 30, 12 * 1440)));
            List<Item> items = new ArrayList<>();
            long goodsCents = 0;
            for (int i = 0, count = weighted(r, 75, 20, 5) + 1; i < count; i++) {
                Catalog.Product p = pick(r, Catalog.PRODUCTS);
                long unit = between(r, p.minCents() / 100, p.maxCents() / 100) * 100 - pickInt(r, 0, 0, 1, 10);
                int quantity = weighted(r, 85, 12, 3) + 1;
                items.add(new Item(p.sku() + "-" + (1 + r.nextInt(4)), p.title(), quantity, money(unit)));
                goodsCents += unit * quantity;
            }
            // Store coupons lower what was actually paid for the goods (实际成交金额).
            long coupon = goodsCents > 20_000 && r.nextInt(100) < 30 ? pick(r, 500L, 1000L, 2000L) : 0;
            BigDecimal paidAmount = money(goodsCents - coupon);
            BigDecimal shippingFee = r.nextInt(100) < 70 ? money(0) : money(pick(r, 600L, 800L, 1000L, 1200L, 1500L));
            boolean unpaid = r.nextInt(100) < 5;
            Instant paid = unpaid ? null : created.plus(Duration.ofSeconds(between(r, 20, 1800)));
            Instant grouped = null;
            if (platform == Platform.PDD && paid != null) {
                grouped = paid.plus(Duration.ofMinutes(between(r, 0, 360)));
                if (grouped.isAfter(asOf)) {
                    grouped = null;
                }
            }
            // The deadline runs from the group time on PDD, from payment elsewhere; an agreed date replaces it.
            Instant start = grouped != null ? grouped : paid;
            boolean presale = paid != null && r.nextInt(100) < 4;
            Instant agreed = paid == null ? null
                    : presale ? paid.plus(Duration.ofDays(between(r, 7, 20)))
                    : r.nextInt(100) < 8 ? paid.plus(Duration.ofDays(between(r, 3, 15))) : null;
            Instant due = agreed != null ? agreed : start == null ? null : start.plus(Duration.ofHours(48));
            String[] place = pick(r, Catalog.DESTINATIONS);
            Receiver receiver = new Receiver(pick(r, Catalog.SURNAMES) + pick(r, Catalog.GIVEN_NAMES),
                    "1" + pick(r, "3", "5", "7", "8", "9") + digits(r, 9), Catalog.address(place, r));

            List<ExtraCharge> charges = new ArrayList<>();
            if (paid != null && r.nextInt(100) < 7) {
                ChargeKind kind = pick(r, ChargeKind.values());
                BigDecimal amount = switch (kind) {
                    case CREDIT_CARD_FEE -> percent(paidAmount, 1);
                    case INVOICE_TAX -> percent(paidAmount, 6);
                    case SUPPLEMENT -> money(pick(r, 500L, 1000L, 1200L));
                    default -> money(pick(r, 500L, 1000L, 2000L));
                };
                charges.add(new ExtraCharge(kind, amount.signum() == 0 ? money(100) : amount,
                        min(asOf, paid.plus(Duration.ofMinutes(between(r, 10, 2880))))));
            }

            ClosedBy closedBy = null;
            Instant closedAt = null;
            CloseReason reason = null;
            if (paid == null && created.plus(Duration.ofHours(72)).isBefore(asOf) && r.nextInt(100) < 80) {
                closedBy = ClosedBy.SYSTEM;
                closedAt = created.plus(Duration.ofHours(72));
                reason = CloseReason.UNPAID_TIMEOUT;
            } else if (paid != null && r.nextInt(100) < 5) {
                closedBy = r.nextInt(100) < 65 ? ClosedBy.SELLER : ClosedBy.BUYER;
                closedAt = min(asOf, paid.plus(Duration.ofMinutes(between(r, 30, 5 * 1440))));
                reason = closedBy == ClosedBy.BUYER ? CloseReason.BUYER_REQUEST
                        : pick(r, CloseReason.OUT_OF_STOCK, CloseReason.OUT_OF_STOCK, CloseReason.REFUSED,
                        CloseReason.PRICE_INCREASE, CloseReason.OTHER);
            }
            Order order = new Order(id, buyer, created, paid, grouped, afterSales.withNoReasonReturn(items), shippingFee,
                    paidAmount, paymentMethod(), agreed, presale, receiver, charges, closedBy, closedAt, reason,
                    afterSales.freightInsurance());
            orders.add(order);
            if (paid == null) {
                return;
            }

            Carrier carrier = pick(r, Catalog.CARRIERS);
            Shipment shipment = closedAt == null ? shipment(order, due, carrier, place) : null;
            List<String> gifts = promises(order, shipment, due);
            if (shipment != null) {
                shipments.add(gifts.isEmpty() ? shipment : new Shipment(shipment.orderId(), shipment.carrier(),
                        shipment.trackingNo(), shipment.shippedAt(), shipment.pickedUpAt(), shipment.signedAt(),
                        shipment.trackingEvents(), gifts));
            }
            afterSales.maybeRequest(order, shipment);
            invoice(order);
            complaints(order, shipment, due);
        }

        private PaymentMethod paymentMethod() {
            return switch (platform) {
                case PDD -> pick(r, PaymentMethod.OTHER, PaymentMethod.OTHER, PaymentMethod.ALIPAY, PaymentMethod.BANK_CARD);
                default -> pick(r, PaymentMethod.ALIPAY, PaymentMethod.ALIPAY, PaymentMethod.ALIPAY,
                        PaymentMethod.HUABEI, PaymentMethod.CREDIT_CARD, PaymentMethod.BANK_CARD);
            };
        }

        /** A shipment handed over on time, at the deadline, a second or days late; or none yet. */
        private Shipment shipment(Order order, Instant due, Carrier carrier, String[] place) {
            Instant from = order.groupedAt() != null ? order.groupedAt() : order.paidAt();
            Instant handover = switch (weighted(r, 82, 2, 2, 8, 6)) {
                case 0 -> from.plus(Duration.ofMinutes(between(r, 60, Duration.between(from, due).toMinutes())));
                case 1 -> due;
                case 2 -> due.plusSeconds(1);
                case 3 -> due.plus(Duration.ofMinutes(between(r, 30, 6 * 1440)));
                default -> null;
            };
            if (handover == null || handover.isAfter(asOf)) {
                return null;
            }
            // Upload and pickup: mostly a scan soon after upload; sometimes none, or a day later (false shipment).
            Instant shippedAt;
            Instant pickedUpAt;
            switch (weighted(r, 88, 8, 4)) {
                case 0 -> {
                    pickedUpAt = handover;
                    shippedAt = handover.minus(Duration.ofMinutes(between(r, 0, 240)));
                }
                case 1 -> {
                    shippedAt = handover;
                    pickedUpAt = null;
                }
                default -> {
                    shippedAt = handover;
                    pickedUpAt = min(asOf, handover.plus(Duration.ofHours(between(r, 25, 72))));
                }
            }
            List<TrackingEvent> events = new ArrayList<>();
            Instant signed = null;
            if (pickedUpAt != null) {
                String origin = shopProvinces.get(shop);
                Instant at = pickedUpAt;
                int hops = (int) between(r, 2, 6);
                for (int h = 0; h < hops && !at.isAfter(asOf); h++) {
                    events.add(new TrackingEvent(at, h == hops - 1 ? Catalog.shortName(place)
                            : h == 0 ? origin : pick(r, Catalog.TRANSIT)));
                    // Usually 6–30 h between scans; now and then a stall of three to six days.
                    at = at.plus(Duration.ofHours(r.nextInt(100) < 8 ? between(r, 72, 150) : between(r, 6, 30)));
                }
                if (events.size() == hops && r.nextInt(100) < 85) {
                    Instant last = events.get(events.size() - 1).at();
                    Instant s = last.plus(Duration.ofHours(between(r, 1, 12)));
                    signed = s.isAfter(asOf) ? null : s;
                }
            }
            String trackingNo = carrier.name() + digits(r, 12);
            return new Shipment(order.id(), carrier, trackingNo, shippedAt, pickedUpAt, signed, events, List.of());
        }

        /**
         * About one order in three carries promises; each is kept or broken, and the facts say which. Returns the
         * gifts the parcel must list for the kept GIFT promises.
         */
        private List<String> promises(Order order, Shipment shipment, Instant due) {
            List<String> gifts = new ArrayList<>();
            if (r.nextInt(100) >= 35) {
                return gifts;
            }
            for (int i = 0, count = weighted(r, 75, 25) + 1; i < count; i++) {
                PromiseKind kind = pick(r, PromiseKind.values());
                boolean keep = r.nextInt(100) < 70;
                Instant made = order.paidAt().minus(Duration.ofMinutes(between(r, 1, 600)));
                String value = switch (kind) {
                    case CARRIER -> (shipment == null ? pick(r, Catalog.CARRIERS)
                            : keep ? shipment.carrier() : other(shipment.carrier())).name();
                    case GIFT -> pick(r, Catalog.GIFTS);
                    case SHIP_BY -> Times.iso(keep || shipment == null ? due.minus(Duration.ofHours(between(r, 0, 24)))
                            : shipment.handedOverAt().minus(Duration.ofHours(between(r, 1, 24))));
                    case OTHER -> pick(r, "七天无理由退换", "假一赔十", "坏果包赔");
                    // FREE_SHIPPING and NO_SURCHARGE are kept or broken by the order's fee and extra charges.
                    default -> null;
                };
                promises.add(new Promise(order.id(), kind, value, made, pick(r, PromiseSource.values()), null, null));
                if (kind == PromiseKind.GIFT && keep) {
                    gifts.add(value);
                }
                if (kind == PromiseKind.INVOICE) {
                    Instant requested = min(asOf, order.paidAt().plus(Duration.ofHours(between(r, 1, 48))));
                    invoices.add(keep
                            ? new Invoice(order.id(), requested, min(asOf, requested.plus(Duration.ofHours(2))),
                                    order.paidAmount(), money(0), false)
                            : new Invoice(order.id(), requested, null, null, money(0), true));
                }
            }
            return gifts;
        }

        private void invoice(Order order) {
            if (invoices.stream().anyMatch(v -> v.orderId().equals(order.id())) || r.nextInt(100) >= 15) {
                return;
            }
            BigDecimal supplements = order.extraCharges().stream().filter(x -> x.kind() == ChargeKind.SUPPLEMENT)
                    .map(ExtraCharge::amount).reduce(money(0), BigDecimal::add);
            BigDecimal right = order.paidAmount().add(supplements);
            Instant requested = min(asOf, order.paidAt().plus(Duration.ofMinutes(between(r, 10, 3 * 1440))));
            Instant issued = min(asOf, requested.plus(Duration.ofHours(between(r, 1, 72))));
            invoices.add(switch (weighted(r, 55, 15, 10, 10, 10)) {
                case 0 -> new Invoice(order.id(), requested, issued, right, money(0), false);
                case 1 -> new Invoice(order.id(), requested, null, null, money(0), false);
                case 2 -> new Invoice(order.id(), requested, null, null, money(0), true);
                case 3 -> new Invoice(order.id(), requested, issued, right, money(pick(r, 500L, 1000L)), false);
                default -> new Invoice(order.id(), requested, issued, right.add(money(pick(r, 1000L, 5000L))),
                        money(0), false);
            });
        }

        private void complaints(Order order, Shipment shipment, Instant due) {
            boolean late = shipment == null ? due.isBefore(asOf) : shipment.handedOverAt().isAfter(due);
            if (late && r.nextInt(100) < 35) {
                complaint(order, "LATE_SHIPMENT", due);
            }
            if (promises.stream().anyMatch(p -> p.orderId().equals(order.id())) && r.nextInt(100) < 20) {
                complaint(order, "BREACH_OF_PROMISE", order.paidAt());
            }
            if (invoices.stream().anyMatch(v -> v.orderId().equals(order.id())) && r.nextInt(100) < 15) {
                complaint(order, "INVOICE", order.paidAt());
            }
            if (shipment != null && shipment.pickedUpAt() == null && r.nextInt(100) < 30) {
                complaint(order, "FALSE_SHIPMENT", shipment.shippedAt());
            }
        }

        private void complaint(Order order, String kind, Instant after) {
            Instant filed = min(asOf, after.plus(Duration.ofMinutes(between(r, 30, 3 * 1440))));
            complaints.add(new Complaint(order.id(), kind, filed, r.nextInt(100) < 65));
        }

        /** A conversation about an order: a buyer's questions, answers by agents and the auto-reply. */
        private void chat(Order order) {
            // Now and then someone asks from an account that is not the buyer's (the privacy rules' case).
            boolean otherAccount = r.nextInt(100) < 4;
            String account = otherAccount ? "b-" + digits(r, 7) : order.buyerId();
            Instant at = (order.paidAt() == null ? order.createdAt() : order.paidAt())
                    .minus(Duration.ofMinutes(between(r, 5, 180)));
            List<Message> messages = new ArrayList<>();
            String agent = pick(r, Catalog.AGENTS);
            int rounds = (int) between(r, 1, 4);
            for (int i = 0; i < rounds; i++) {
                messages.add(message(Sender.BUYER, null, at, pick(r, Catalog.BUYER_LINES)));
                if (i == 0 && r.nextInt(100) < 60) {
                    at = at.plusSeconds(1);
                    messages.add(message(Sender.AUTO_REPLY, null, at,
                            pick(r, Catalog.AUTO_REPLIES)));
                }
                // Human replies mostly within a minute, sometimes after several minutes.
                at = at.plusSeconds(r.nextInt(100) < 75 ? between(r, 3, 60) : between(r, 61, 900));
                String text;
                if (otherAccount && i == 0) {
                    text = "好的，订单收件人是" + order.receiver().name() + "，电话" + order.receiver().phone();
                } else if (r.nextInt(100) < 12) {
                    text = pick(r, Catalog.VIOLATING_AGENT_LINES);
                } else if (r.nextInt(100) < 5) {
                    text = pick(r, Catalog.REFUSALS);
                } else {
                    text = pick(r, Catalog.AGENT_LINES);
                }
                messages.add(message(Sender.AGENT, agent, at, text));
                at = at.plusSeconds(between(r, 20, 600));
            }
            chats.add(new Chat("chat-" + (index + 1) + "-" + (chats.size() + 1), account, List.of(order.id()),
                    messages));
        }

        private Message message(Sender from, String agent,
                                                         Instant at, String text) {
            return new Message(from, agent, min(at, asOf), text);
        }

        private Carrier other(Carrier c) {
            Carrier o = pick(r, Catalog.CARRIERS);
            return o == c ? (c == Carrier.SF ? Carrier.YUNDA : Carrier.SF) : o;
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Uniform in {@code [from, to]}. */
    static long between(SplittableRandom r, long from, long to) {
        return to <= from ? from : from + r.nextLong(to - from + 1);
    }

    /** An index chosen with the given weights. */
    static int weighted(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static int pickInt(SplittableRandom r, int... values) {
        return values[r.nextInt(values.length)];
    }

    static String digits(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
