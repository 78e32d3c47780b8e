package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What a chat detector looks for; each is the chat rule of the same slug in every pack
 * ({@code TMALL-CONTACT-INFO}, {@code PDD-CONTACT-INFO}…). Only agent and auto-reply messages are read.
 */
@API(status = INTERNAL, since = "0.1")
public enum ChatDetector {
    /** Steering payment or the trade off the platform: 微信支付, 银行转账, 收款码, 微店, 闲鱼下单… */
    OFF_PLATFORM("off-platform"),
    /** A personal phone, WeChat, QQ, e-mail or outside link (the shop's registered phones are allowed). */
    CONTACT_INFO("contact-info"),
    /** Money, red packets, coupons or gifts offered for a (positive or photo) review: 好评返现. */
    REVIEW_CASHBACK("review-cashback"),
    /** Absolute or extreme claims the Advertising Law forbids: 最低价, 全网第一, 国家级, 100%有效… */
    AD_LAW("ad-law"),
    /** Insulting or demeaning language to the buyer. */
    ABUSE("abuse"),
    /** An order's receiver name, phone, address or tracking number told to an account that is not its buyer. */
    PRIVACY("privacy");

    private final String slug;

    ChatDetector(String slug) {
        this.slug = slug;
    }

    /** The rule slug and word-list name: {@code contact-info}. */
    public String slug() {
        return slug;
    }
}
