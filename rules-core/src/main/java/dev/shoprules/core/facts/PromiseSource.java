package dev.shoprules.core.facts;

/** Where a promise was made. A promise in an auto-reply binds the shop exactly like one typed by a person. */
public enum PromiseSource { LISTING, CHAT, AUTO_REPLY }
