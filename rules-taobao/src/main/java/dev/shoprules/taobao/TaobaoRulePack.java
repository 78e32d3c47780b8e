package dev.shoprules.taobao;

import dev.shoprules.core.Platform;
import dev.shoprules.core.rules.YamlRulePack;

/** Taobao (淘宝) merchant rules. Each rule is a DRL file with a YAML description beside it in {@code dev/shoprules/taobao/rules}. */
public final class TaobaoRulePack extends YamlRulePack {
    public TaobaoRulePack() {
        super(Platform.TAOBAO, "taobao-2026.1", "taobao", "dev/shoprules/taobao/rules",
                "off-platform", "contact-info", "privacy", "review-cashback", "ad-law", "abuse", "reply-kpi");
    }
}
