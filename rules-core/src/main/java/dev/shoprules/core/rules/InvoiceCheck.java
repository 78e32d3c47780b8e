package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.ExtraCharge;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What is wrong with one invoice of an order, by the invoice rules every platform shares (RULES.md): the shop
 * must not refuse it, must not charge the buyer its postage or tax, and must invoice exactly what the buyer
 * paid for the goods plus any supplement the buyer chose ({@link ChargeKind#SUPPLEMENT}, e.g. 补差价 for SF):
 * 536 goods + 10 supplement → 546. An invoice above that is inflated even if the buyer offers to pay the tax.
 * The amount is judged only once one is given and the invoice was not refused.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record InvoiceCheck(
        Invoice invoice,
        Order order,
        Set<Problem> problems,
        BigDecimal expectedAmount,
        BigDecimal chargedToBuyer,
        List<ExtraCharge> invoiceCharges) {

    public enum Problem {
        /** The shop refused to issue it. */
        REFUSED,
        /** Postage or tax for the invoice was charged to the buyer. */
        CHARGED_TO_BUYER,
        /** Issued for more than the buyer paid (inflated invoice). */
        AMOUNT_ABOVE_PAID,
        /** Issued for less than the buyer paid. */
        AMOUNT_BELOW_PAID
    }

    /** Extra charges that are the invoice's postage or tax. */
    public static final Set<ChargeKind> INVOICE_CHARGE_KINDS = EnumSet.of(ChargeKind.INVOICE_POSTAGE, ChargeKind.INVOICE_TAX);

    /** Invoices in request order (then issue time and amount), so "the first problem" never depends on fact order. */
    public static final Comparator<InvoiceCheck> BY_REQUEST = Comparator
            .comparing((InvoiceCheck c) -> c.invoice().requestedAt())
            .thenComparing(c -> c.invoice().issuedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.invoice().amount(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.invoice().refused());

    public InvoiceCheck {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(order, "order");
        problems = problems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(problems));
        invoiceCharges = List.copyOf(invoiceCharges);
    }

    public static InvoiceCheck of(Invoice invoice, Order order) {
        if (!invoice.orderId().equals(order.id())) {
            throw new IllegalArgumentException("invoice is for order " + invoice.orderId() + ", not " + order.id());
        }
        EnumSet<Problem> problems = EnumSet.noneOf(Problem.class);
        if (invoice.refused()) {
            problems.add(Problem.REFUSED);
        }
        List<ExtraCharge> charges = order.extraCharges().stream()
                .filter(c -> INVOICE_CHARGE_KINDS.contains(c.kind())).toList();
        if (invoice.chargedToBuyer().signum() > 0 || !charges.isEmpty()) {
            problems.add(Problem.CHARGED_TO_BUYER);
        }
        BigDecimal expected = expectedAmount(order);
        if (!invoice.refused() && invoice.amount() != null) {
            int cmp = invoice.amount().compareTo(expected);
            if (cmp > 0) {
                problems.add(Problem.AMOUNT_ABOVE_PAID);
            } else if (cmp < 0) {
                problems.add(Problem.AMOUNT_BELOW_PAID);
            }
        }
        return new InvoiceCheck(invoice, order, problems, expected, invoice.chargedToBuyer(), charges);
    }

    /** What the invoice must say: the goods' paid amount plus every supplement the buyer chose. */
    public static BigDecimal expectedAmount(Order order) {
        BigDecimal total = order.paidAmount();
        for (ExtraCharge c : order.extraCharges()) {
            if (c.kind() == ChargeKind.SUPPLEMENT) {
                total = total.add(c.amount());
            }
        }
        return Money.of(total);
    }

    public String orderId() {
        return order.id();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Issued, with nothing wrong: the invoice obligation (or promise) is met. */
    public boolean issuedCorrectly() {
        return ok() && invoice.issuedAt() != null;
    }

    public boolean has(Problem p) {
        return problems.contains(p);
    }

    /** A line naming every problem, e.g. {@code 拒绝开具发票；向买家收取发票邮费/税费 10.00 元}. */
    public String findings() {
        List<String> parts = new ArrayList<>();
        if (has(Problem.REFUSED)) {
            parts.add("拒绝开具发票");
        }
        if (has(Problem.CHARGED_TO_BUYER)) {
            parts.add("向买家收取发票邮费/税费 " + Money.of(chargedTotal()).toPlainString() + " 元");
        }
        if (has(Problem.AMOUNT_ABOVE_PAID)) {
            parts.add("发票金额 " + invoice.amount().toPlainString() + " 高于实付 " + expectedAmount.toPlainString() + "（虚开）");
        }
        if (has(Problem.AMOUNT_BELOW_PAID)) {
            parts.add("发票金额 " + invoice.amount().toPlainString() + " 低于实付 " + expectedAmount.toPlainString());
        }
        return String.join("；", parts);
    }

    /** What the buyer was charged for the invoice: the invoice's own figure plus invoice postage/tax charges. */
    public BigDecimal chargedTotal() {
        return invoiceCharges.stream().map(ExtraCharge::amount).reduce(chargedToBuyer, BigDecimal::add);
    }

    /** The facts behind the decision, for the verdict's evidence. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("invoiceProblems", problems.stream().sorted().map(Enum::name).toList());
        e.put("requestedAt", invoice.requestedAt());
        e.put("issuedAt", invoice.issuedAt());
        e.put("invoiceAmount", invoice.amount());
        e.put("expectedAmount", expectedAmount);
        e.put("chargedToBuyer", Money.of(chargedTotal()));
        return e;
    }
}
