package dev.shoprules.taobao;

import dev.shoprules.core.Times;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import dev.shoprules.core.facts.TrackingEvent;
import dev.shoprules.core.rules.RuleVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parcel whose track stalled (物流超时, TAOBAO-LOGISTICS-TIMEOUT): after the carrier's pickup scan the next update
 * came more than {@code firstScanHours} later, or two updates lay further apart than the stretch allows
 * ({@code sameProvinceHours} within one province, {@code crossProvinceHours} between provinces,
 * {@code remoteHours} when either end is a {@link RemoteProvinces remote province}).
 * <p>
 * Only a track the case supplies (tracking events or a signature, as for core's FalseShipment) is read, up to
 * {@code asOf}; a shipment whose track is unknown ({@code trackingKnown} false) is not judged. The buyer's signing counts as an update in an unknown province (a remote one if the receiver's
 * address is remote). After the last update, a parcel not yet signed for is stalled once {@code asOf} is further
 * away than any stretch to the receiver could take: the next scan's province is unknown, so the cross-province
 * limit applies (the remote one if the last scan or the receiver is remote). An update with no province is taken
 * as cross-province.
 */
public record LogisticsTimeout(Shipment shipment, Kind kind, Stretch stretch, Instant from, Instant until,
                               String fromProvince, String toProvince, Duration limit) {

    public enum Kind {
        /** No update within {@code firstScanHours} of pickup. */
        NO_UPDATE_AFTER_PICKUP,
        /** Two consecutive updates (or the last one and the signing) too far apart. */
        GAP_BETWEEN_UPDATES,
        /** No update since the last one, and none by {@code asOf}. */
        STALLED
    }

    /** Which limit a stretch of track is held to. */
    public enum Stretch {
        FIRST_SCAN("firstScanHours"),
        SAME_PROVINCE("sameProvinceHours"),
        CROSS_PROVINCE("crossProvinceHours"),
        REMOTE("remoteHours");

        private final String figure;

        Stretch(String figure) {
            this.figure = figure;
        }

        Duration limit(RuleVersion version) {
            return version.hours(figure);
        }

        static Stretch between(String from, String to) {
            if (RemoteProvinces.contains(from) || RemoteProvinces.contains(to)) {
                return REMOTE;
            }
            return from != null && !from.isBlank() && from.strip().equals(to == null ? null : to.strip())
                    ? SAME_PROVINCE : CROSS_PROVINCE;
        }
    }

    public LogisticsTimeout {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stretch, "stretch");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(limit, "limit");
    }

    /** The first timeout of {@code shipment}'s track as of {@code asOf}, as a list of none or one (for DRL's {@code from}). */
    public static List<LogisticsTimeout> firstOf(Order order, Shipment shipment, Instant asOf, RuleVersion version) {
        Instant pickup = shipment.pickedUpAt();
        boolean trackSupplied = !shipment.trackingEvents().isEmpty() || shipment.signedAt() != null;
        if (pickup == null || !asOf.isAfter(pickup) || !trackSupplied || !shipment.trackingKnown()) {
            return List.of();
        }
        String receiverArea = order.receiver() != null && RemoteProvinces.contains(order.receiver().address())
                ? order.receiver().address() : null;
        List<TrackingEvent> updates = new ArrayList<>();
        for (TrackingEvent e : shipment.trackingEvents()) {
            if (e.at().isAfter(pickup) && !e.at().isAfter(asOf)) {
                updates.add(e);
            }
        }
        Instant signed = shipment.signedAt();
        if (signed != null && signed.isAfter(pickup) && !signed.isAfter(asOf)
                && (updates.isEmpty() || signed.isAfter(updates.get(updates.size() - 1).at()))) {
            updates.add(new TrackingEvent(signed, receiverArea));
        }

        Instant firstUpdate = updates.isEmpty() ? asOf : updates.get(0).at();
        Duration firstLimit = Stretch.FIRST_SCAN.limit(version);
        if (Duration.between(pickup, firstUpdate).compareTo(firstLimit) > 0) {
            return List.of(new LogisticsTimeout(shipment, updates.isEmpty() ? Kind.STALLED : Kind.NO_UPDATE_AFTER_PICKUP,
                    Stretch.FIRST_SCAN, pickup, firstUpdate, null, updates.isEmpty() ? null : updates.get(0).province(),
                    firstLimit));
        }
        for (int i = 0; i + 1 < updates.size(); i++) {
            TrackingEvent a = updates.get(i);
            TrackingEvent b = updates.get(i + 1);
            Stretch stretch = Stretch.between(a.province(), b.province());
            if (Duration.between(a.at(), b.at()).compareTo(stretch.limit(version)) > 0) {
                return List.of(new LogisticsTimeout(shipment, Kind.GAP_BETWEEN_UPDATES, stretch, a.at(), b.at(),
                        a.province(), b.province(), stretch.limit(version)));
            }
        }
        boolean delivered = signed != null && !signed.isAfter(asOf);
        if (!delivered && !updates.isEmpty()) {
            TrackingEvent last = updates.get(updates.size() - 1);
            Stretch stretch = Stretch.between(last.province(), receiverArea);
            if (Duration.between(last.at(), asOf).compareTo(stretch.limit(version)) > 0) {
                return List.of(new LogisticsTimeout(shipment, Kind.STALLED, stretch, last.at(), asOf, last.province(),
                        null, stretch.limit(version)));
            }
        }
        return List.of();
    }

    public Duration gap() {
        return Duration.between(from, until);
    }

    /** The reason line of a logistics-timeout violation. */
    public String reason() {
        String limitText = limit.toHours() + "小时";
        return switch (kind) {
            case NO_UPDATE_AFTER_PICKUP -> "揽收后" + limitText + "内无物流更新（揽收 " + Times.show(from) + "，下一次更新 "
                    + Times.show(until) + "，间隔 " + Times.show(gap()) + "）";
            case GAP_BETWEEN_UPDATES -> "物流更新间隔超过" + limitText + "（" + stretchText() + "：" + Times.show(from)
                    + " → " + Times.show(until) + "，间隔 " + Times.show(gap()) + "）";
            case STALLED -> (stretch == Stretch.FIRST_SCAN ? "揽收后" : "最后一次物流更新后") + "超过" + limitText
                    + "无更新（自 " + Times.show(from) + " 至 " + Times.show(until) + "，已 " + Times.show(gap()) + "）";
        };
    }

    private String stretchText() {
        String route = show(fromProvince) + " → " + show(toProvince);
        return switch (stretch) {
            case SAME_PROVINCE -> "省内 " + route;
            case CROSS_PROVINCE -> "跨省 " + route;
            case REMOTE -> "偏远地区 " + route;
            case FIRST_SCAN -> "揽收后";
        };
    }

    private static String show(String province) {
        return province == null || province.isBlank() ? "未知" : province;
    }

    /** The facts behind the decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("trackingNo", shipment.trackingNo());
        e.put("kind", kind.name());
        e.put("stretch", stretch.name());
        e.put("pickedUpAt", shipment.pickedUpAt());
        e.put("from", from);
        e.put("until", until);
        e.put("fromProvince", fromProvince);
        e.put("toProvince", toProvince);
        e.put("gapSeconds", gap().getSeconds());
        e.put("limitHours", limit.toHours());
        return e;
    }
}
