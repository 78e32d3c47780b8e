package dev.shoprules.kpi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What one scorecard covers: one agent of a shop, one shop, or one shop on one day (Asia/Shanghai). */
public enum GroupBy {
    /** Key: the agent id ({@code messages[].agentId}); the figures of the buyers that agent served. */
    AGENT,
    /** Key: the shop id; every buyer who asked. */
    SHOP,
    /** Key: the date ({@code 2026-11-02}) in Asia/Shanghai, per shop; see {@link Scorecards} for what is dated how. */
    DAY;

    /** {@code agent}, {@code shop} or {@code day}, as on the command line and in JSON. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code agent}, {@code shop} or {@code day}, ignoring case; fails naming the accepted values. */
    public static GroupBy of(String code) {
        for (GroupBy g : values()) {
            if (g.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return g;
            }
        }
        throw new IllegalArgumentException("by: expected agent, shop or day, got \"" + code + "\"");
    }
}
