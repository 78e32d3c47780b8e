package dev.shoprules.core.facts;

public enum PaymentMethod { ALIPAY, CREDIT_CARD, HUABEI, BANK_CARD, OTHER }
