package dev.shoprules.core.verdict;

/** WARNING costs no platform points (e.g. advertising-law wording); GENERAL is 一般违规, SERIOUS 严重违规. */
public enum Severity { WARNING, GENERAL, SERIOUS }
