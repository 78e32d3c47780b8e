package dev.shoprules.core.facts;

/** Personal data of the person who receives the goods; masked in every output. */
public record Receiver(String name, String phone, String address) {}
