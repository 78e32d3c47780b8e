package dev.shoprules.core.engine;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.NotJudged.Missing;
import dev.shoprules.core.verdict.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rules could not judge an order because its parcel's track is unknown ({@code trackingKnown: false}).
 * <p>
 * The rules themselves skip what they cannot know (core's {@code FalseShipment}, Taobao's {@code LogisticsTimeout});
 * this names them in the verdict. The rules that read tracking are common definitions of RULES.md, the same slug in
 * every pack, so what each needs is written once here:
 * <ul>
 *   <li>{@code false-shipment}: "no pickup scan within 24 h" needs the pickup scan, "tracking never moves" the
 *       track;</li>
 *   <li>{@code logistics-timeout} (Taobao): the gaps between tracking events;</li>
 *   <li>{@code late-shipment}: shipped = first pickup scan, else upload. An upload after the deadline is late
 *       whatever the scan; an upload in time is in time only if the scan followed in time, so that needs the
 *       scan.</li>
 * </ul>
 * A rule that found a violation for the order did judge it (on what is known), so it is not listed.
 */
final class UnknownTracking {
    static final Map<String, Set<Missing>> NEEDS = Map.of(
            "false-shipment", EnumSet.of(Missing.PICKUP_SCAN, Missing.TRACKING_EVENTS),
            "logistics-timeout", EnumSet.of(Missing.TRACKING_EVENTS),
            "late-shipment", EnumSet.of(Missing.PICKUP_SCAN));

    static final Comparator<NotJudged> ORDER = Comparator.comparing(NotJudged::orderId)
            .thenComparing(NotJudged::ruleId)
            .thenComparing(n -> Objects.toString(n.trackingNo(), ""))
            .thenComparing(n -> Objects.toString(n.refundId(), ""));

    private UnknownTracking() {}

    static List<NotJudged> of(CaseFacts c, List<Rule> rules, List<Violation> violations) {
        return of(c, rules, violations, List.of());
    }

    /** The tracking rules not judged, merged with what the rules inserted (refund deadlines at unknown times). */
    static List<NotJudged> of(CaseFacts c, List<Rule> rules, List<Violation> violations, List<NotJudged> inserted) {
        List<Shipment> untracked = c.shipments().stream().filter(s -> !s.trackingKnown()).toList();
        if (untracked.isEmpty()) {
            return inserted.isEmpty() ? List.of() : inserted.stream().sorted(ORDER).toList();
        }
        Map<String, Order> orders = new HashMap<>();
        c.orders().forEach(o -> orders.put(o.id(), o));
        Set<String> decided = new HashSet<>();
        violations.forEach(v -> decided.add(v.ruleId() + "\u0000" + v.orderId()));
        List<NotJudged> out = new ArrayList<>(inserted);
        for (Rule rule : rules) {
            Set<Missing> needs = NEEDS.get(rule.slug());
            if (needs == null) {
                continue;
            }
            for (Shipment s : untracked) {
                Order o = orders.get(s.orderId());
                if (o == null || !o.paid() || decided.contains(rule.id() + "\u0000" + o.id())) {
                    continue;
                }
                RuleVersion v = rule.versionAt(o.paidAt()).orElse(null);
                List<Missing> missing = missing(s).stream().filter(needs::contains).toList();
                if (v == null || missing.isEmpty()) {
                    continue;
                }
                out.add(new NotJudged(rule.id(), v.version(), o.id(), s.trackingNo(), null, missing,
                        reason(rule, s, missing), v.citation(), v.confidence()));
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static Set<Missing> missing(Shipment s) {
        Set<Missing> m = EnumSet.of(Missing.TRACKING_EVENTS);
        if (s.pickedUpAt() == null) {
            m.add(Missing.PICKUP_SCAN);
        }
        return m;
    }

    private static String reason(Rule rule, Shipment s, List<Missing> missing) {
        String what = missing.stream()
                .map(m -> m == Missing.PICKUP_SCAN ? "揽收扫描" : "物流轨迹")
                .collect(Collectors.joining("、"));
        String no = s.trackingNo() == null ? "" : " " + s.trackingNo();
        return Objects.toString(rule.title(), rule.id()) + "未判断：单号" + no + " 的物流轨迹未知（trackingKnown=false），缺少"
                + what + "；补充物流轨迹后可判断";
    }
}
