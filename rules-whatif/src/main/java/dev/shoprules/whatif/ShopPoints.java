package dev.shoprules.whatif;

/** Platform points a shop lost over the file, by class (一般违规 GENERAL, 严重违规 SERIOUS). */
public record ShopPoints(long general, long serious) {
    public ShopPoints minus(ShopPoints o) {
        return new ShopPoints(general - o.general, serious - o.serious);
    }
}
