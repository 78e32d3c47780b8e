package dev.shoprules.core.facts;

/** The platform stepped in (淘宝/天猫/平台介入) and decided for the buyer or for the seller. */
public enum Intervention { PLATFORM_FOR_BUYER, PLATFORM_FOR_SELLER }
