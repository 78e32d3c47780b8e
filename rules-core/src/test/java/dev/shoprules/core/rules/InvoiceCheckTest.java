package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.PAID;
import static dev.shoprules.core.rules.Facts.charge;
import static dev.shoprules.core.rules.Facts.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.ChargeKind;
import dev.shoprules.core.facts.Invoice;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.rules.InvoiceCheck.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvoiceCheckTest {

    private static Invoice issued(String amount, String charged) {
        return new Invoice("o-1", PAID.plusSeconds(60), PAID.plusSeconds(7200), new BigDecimal(amount),
                new BigDecimal(charged), false);
    }

    @Test
    void seedSupplementCountsTowardTheInvoice() {
        Order o = order("536.00", "0.00", charge(ChargeKind.SUPPLEMENT, "10.00"));
        assertThat(InvoiceCheck.expectedAmount(o)).isEqualByComparingTo("546.00");
        InvoiceCheck ok = InvoiceCheck.of(issued("546.00", "0"), o);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.issuedCorrectly()).isTrue();
        assertThat(InvoiceCheck.of(issued("536.00", "0"), o).problems()).containsExactly(Problem.AMOUNT_BELOW_PAID);
    }

    @Test
    void seedAHundredYuanOrderCannotGetALargerInvoiceEvenIfTheBuyerPaysTheTax() {
        Order o = order("100.00", "0.00", charge(ChargeKind.INVOICE_TAX, "6.00"));
        InvoiceCheck c = InvoiceCheck.of(issued("200.00", "0"), o);
        assertThat(c.problems()).containsExactlyInAnyOrder(Problem.AMOUNT_ABOVE_PAID, Problem.CHARGED_TO_BUYER);
        assertThat(c.chargedTotal()).isEqualByComparingTo("6.00");
        assertThat(c.findings()).contains("虚开").contains("6.00");
    }

    @Test
    void refusalAndPostageChargedToTheBuyer() {
        Order o = order("100.00", "0.00");
        Invoice refused = new Invoice("o-1", PAID, null, null, BigDecimal.ZERO, true);
        assertThat(InvoiceCheck.of(refused, o).problems()).containsExactly(Problem.REFUSED);
        assertThat(InvoiceCheck.of(issued("100.00", "10.00"), o).problems()).containsExactly(Problem.CHARGED_TO_BUYER);
    }

    @Test
    void shippingFeeIsNotPartOfTheInvoicedGoodsAmount() {
        Order o = order("100.00", "10.00");
        assertThat(InvoiceCheck.of(issued("100.00", "0"), o).ok()).isTrue();
    }

    @Test
    void aRequestedInvoiceNotYetIssuedHasNoProblemButIsNotIssued() {
        InvoiceCheck c = InvoiceCheck.of(new Invoice("o-1", PAID, null, null, null, false), order("100.00", "0.00"));
        assertThat(c.ok()).isTrue();
        assertThat(c.issuedCorrectly()).isFalse();
    }
}
