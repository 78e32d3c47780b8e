package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import org.apiguardian.api.API;

/** A shop's points under the baseline and the scenario. */
@API(status = EXPERIMENTAL, since = "0.1")
public record ShopChange(Platform platform, String shopId, Change<ShopPoints> points) {}
