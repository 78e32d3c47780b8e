package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.Platform;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The facts of one shop on one platform, evaluated at the instant {@code asOf}: the only clock any rule
 * reads. One JSON object of a case file.
 */
@API(status = STABLE, since = "0.1")
public record CaseFacts(
        String caseId,
        Platform platform,
        Instant asOf,
        Shop shop,
        Ledger ledger,
        List<Order> orders,
        List<Promise> promises,
        List<Shipment> shipments,
        List<Invoice> invoices,
        List<Chat> chats,
        List<Complaint> complaints,
        List<Refund> refunds) {

    public CaseFacts {
        Require.text(caseId, "caseId");
        Require.present(platform, "platform");
        Require.present(asOf, "asOf");
        orders = Require.list(orders, "orders");
        promises = Require.list(promises, "promises");
        shipments = Require.list(shipments, "shipments");
        invoices = Require.list(invoices, "invoices");
        chats = Require.list(chats, "chats");
        complaints = Require.list(complaints, "complaints");
        refunds = Require.list(refunds, "refunds");
    }

    /** A case without after-sales requests, as every case read before contract 2. */
    public CaseFacts(String caseId, Platform platform, Instant asOf, Shop shop, Ledger ledger, List<Order> orders,
                     List<Promise> promises, List<Shipment> shipments, List<Invoice> invoices, List<Chat> chats,
                     List<Complaint> complaints) {
        this(caseId, platform, asOf, shop, ledger, orders, promises, shipments, invoices, chats, complaints, List.of());
    }
}
