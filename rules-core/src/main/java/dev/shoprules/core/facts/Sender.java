package dev.shoprules.core.facts;

/** Who wrote a chat message. Only {@link #AGENT} is a human reply; {@link #AUTO_REPLY} covers bots and quick replies. */
public enum Sender { BUYER, AGENT, AUTO_REPLY }
