package dev.shoprules.pdd;

import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.YamlRulePack;
import java.util.List;

/** Pinduoduo (拼多多) merchant rules. Each rule is a DRL file with a YAML description beside it in {@code dev/shoprules/pdd/rules}. */
public final class PddRulePack extends YamlRulePack {
    public PddRulePack() {
        super(Platform.PDD, "pdd-2026.1", "pdd", "dev/shoprules/pdd/rules",
                List.of("ship-deadline", "late-shipment", "out-of-stock", "false-shipment",
                        "off-platform", "contact-info", "privacy", "ad-law", "abuse", "reply-kpi",
                        "refund-timers", "refund-overdue", "refund-amount", "no-reason-return"),
                // Figures of the customer-service scorecards (rules-kpi): no DRL, assessed over a file of cases.
                List.of("kpi"));
    }
}
