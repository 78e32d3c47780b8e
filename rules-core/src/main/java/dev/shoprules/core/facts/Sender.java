package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who wrote a chat message. Only {@link #AGENT} is a human reply; {@link #AUTO_REPLY} covers bots and quick replies. */
@API(status = STABLE, since = "0.1")
public enum Sender { BUYER, AGENT, AUTO_REPLY }
