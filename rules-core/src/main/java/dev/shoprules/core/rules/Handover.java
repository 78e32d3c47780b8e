package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.facts.Shipment;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * When an order's goods were first handed to a carrier: the earliest {@link Shipment#handedOverAt()} of its
 * shipments (RULES.md: shipped = first pickup scan, else tracking upload). Derived by the engine, one per
 * shipped order, so every pack reads the same definition.
 */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record Handover(String orderId, Instant at, Shipment shipment) {}
