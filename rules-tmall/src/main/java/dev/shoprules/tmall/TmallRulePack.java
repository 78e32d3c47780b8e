package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.YamlRulePack;
import java.util.List;

/** Tmall (天猫) merchant rules. Each rule is a DRL file with a YAML description beside it in {@code dev/shoprules/tmall/rules}. */
public final class TmallRulePack extends YamlRulePack {
    public TmallRulePack() {
        super(Platform.TMALL, "tmall-2026.1", "tmall", "dev/shoprules/tmall/rules",
                List.of("ship-deadline", "late-shipment", "false-shipment", "out-of-stock", "breach-of-promise", "invoice",
                        "credit-card-fee", "points", "timers",
                        "off-platform", "contact-info", "privacy", "review-cashback", "ad-law", "abuse", "reply-kpi",
                        "refund-timers", "refund-overdue", "refund-amount", "no-reason-return"),
                // Figures of the customer-service scorecards (rules-kpi): no DRL, assessed over a file of cases.
                List.of("kpi"));
    }
}
