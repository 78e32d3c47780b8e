package dev.shoprules.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The platform API payloads {@link Importer} reads, by their {@code --from} names. */
public enum ImportFormat {
    /** {@code taobao.trade.fullinfo.get} / {@code taobao.trades.sold.get} responses (Taobao and Tmall). */
    TAOBAO_TRADE("taobao-trade", true),
    /** {@code taobao.refunds.receive.get} / {@code taobao.refund.get} responses. */
    TAOBAO_REFUND("taobao-refund", true),
    /** {@code taobao.logistics.trace.search} responses. */
    TAOBAO_LOGISTICS("taobao-logistics", true),
    /** {@code pdd.order.information.get} / {@code pdd.order.list.get} responses. */
    PDD_ORDER("pdd-order", false),
    /** {@code pdd.refund.list.increment.get} responses. */
    PDD_REFUND("pdd-refund", false);

    private final String code;
    private final boolean top;

    ImportFormat(String code, boolean top) {
        this.code = code;
        this.top = top;
    }

    /** The name on the command line ({@code --from taobao-trade}). */
    public String code() {
        return code;
    }

    /** Whether the payload comes from Taobao's open platform (TOP), which serves Taobao and Tmall alike. */
    public boolean top() {
        return top;
    }

    /** The format named {@code code}. */
    public static ImportFormat of(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown import format \"" + code + "\" (one of "
                + Arrays.stream(values()).map(ImportFormat::code).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return code;
    }
}
