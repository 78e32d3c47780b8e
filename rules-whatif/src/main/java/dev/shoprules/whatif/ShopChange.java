package dev.shoprules.whatif;

import dev.shoprules.core.Platform;

/** A shop's points under the baseline and the scenario. */
public record ShopChange(Platform platform, String shopId, Change<ShopPoints> points) {}
