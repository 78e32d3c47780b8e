package dev.shoprules.pdd;

import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Pinduoduo keeps no points ledger: a broken rule costs the shop a deduction from its deposit (保证金) and, when it
 * is broken on many orders, a restriction (限制). So the verdict stays uniform across platforms, both are
 * {@link Sanction}s, driven by three figures of the broken rule's version:
 * <ul>
 *   <li>{@code fine}: yuan deducted from the deposit per violating order (0 = none), one FINE for the case;</li>
 *   <li>{@code restrictionOrders}: from this many violating orders in the case (0 = never) a RESTRICTION of</li>
 *   <li>{@code restrictionDays}: days.</li>
 * </ul>
 * {@code threshold} is the order count that triggered the sanction (1 for the per-order fine); PDD has no points, so
 * {@code pointsAfter} is 0. A sanction's confidence is that of the figures it applies.
 */
public final class DepositPenalties {
    private DepositPenalties() {}

    /** The sanctions for {@code version}'s rule broken on {@code orderIds} (duplicates and nulls ignored). */
    public static List<Sanction> of(RuleVersion version, Collection<?> orderIds) {
        List<String> orders = orderIds.stream().filter(Objects::nonNull).map(Object::toString).distinct().sorted().toList();
        List<Sanction> sanctions = new ArrayList<>();
        if (orders.isEmpty()) {
            return sanctions;
        }
        BigDecimal fine = version.money("fine");
        if (fine.signum() > 0) {
            sanctions.add(Sanction.of(version).kind(SanctionKind.FINE).threshold(1).pointsAfter(0).basedOn("fine")
                    .amount(fine.multiply(BigDecimal.valueOf(orders.size())))
                    .evidence("finePerOrder", fine)
                    .evidence("orders", orders)
                    .build());
        }
        int node = version.integer("restrictionOrders");
        if (node > 0 && orders.size() >= node) {
            sanctions.add(Sanction.of(version).kind(SanctionKind.RESTRICTION).threshold(node).pointsAfter(0)
                    .basedOn("restrictionOrders", "restrictionDays")
                    .days(Math.toIntExact(version.days("restrictionDays").toDays()))
                    .evidence("violatingOrders", orders.size())
                    .evidence("orders", orders)
                    .build());
        }
        return sanctions;
    }
}
