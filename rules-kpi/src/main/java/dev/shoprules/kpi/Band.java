package dev.shoprules.kpi;

/**
 * Response-time bands of a scorecard (figures {@code <platform>.kpi.response-good-max}, {@code -normal-max},
 * {@code -poor-min}; seed: "五六十秒的响应时间是相对正常的,做得好的客服会把响应时间控制在二三十秒,做的不好的也可能让
 * 响应时间达到一百秒甚至更高"). Bounds are inclusive and compared on the exact mean, not its rounded display.
 */
public enum Band {
    /** At most {@code response-good-max} (30 s). */
    GOOD,
    /** Above good, at most {@code response-normal-max} (60 s). */
    NORMAL,
    /** Between normal and poor (60–100 s): the seed names no band for it, so it is neither. */
    SLOW,
    /** At least {@code response-poor-min} (100 s). */
    POOR
}
