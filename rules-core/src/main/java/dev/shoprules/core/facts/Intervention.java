package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The platform stepped in (淘宝/天猫/平台介入) and decided for the buyer or for the seller. */
@API(status = STABLE, since = "0.1")
public enum Intervention { PLATFORM_FOR_BUYER, PLATFORM_FOR_SELLER }
