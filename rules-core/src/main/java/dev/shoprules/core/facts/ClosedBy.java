package dev.shoprules.core.facts;

public enum ClosedBy { SELLER, BUYER, SYSTEM }
