package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Personal data of the person who receives the goods; masked in every output. */
@API(status = STABLE, since = "0.1")
public record Receiver(String name, String phone, String address) {}
