package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Platform points a shop lost over the file, by class (一般违规 GENERAL, 严重违规 SERIOUS). */
@API(status = EXPERIMENTAL, since = "0.1")
public record ShopPoints(long general, long serious) {
    public ShopPoints minus(ShopPoints o) {
        return new ShopPoints(general - o.general, serious - o.serious);
    }
}
