package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.YamlRulePack;
import java.util.List;

/** Taobao (淘宝) merchant rules. Each rule is a DRL file with a YAML description beside it in {@code dev/shoprules/taobao/rules}. */
public final class TaobaoRulePack extends YamlRulePack {
    public TaobaoRulePack() {
        super(Platform.TAOBAO, "taobao-2026.1", "taobao", "dev/shoprules/taobao/rules",
                List.of("ship-deadline", "late-shipment", "out-of-stock", "logistics-timeout", "false-shipment",
                        "breach-of-promise", "invoice", "points", "timers",
                        "off-platform", "contact-info", "privacy", "review-cashback", "ad-law", "abuse", "reply-kpi",
                        "refund-timers", "refund-overdue", "refund-amount", "no-reason-return"),
                // Figures of the customer-service scorecards (rules-kpi): no DRL, assessed over a file of cases.
                List.of("kpi"));
    }
}
