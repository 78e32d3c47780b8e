package dev.shoprules.core.verdict;

public enum SanctionKind { FINE, RESTRICTION, ACCOUNT_SEALED }
