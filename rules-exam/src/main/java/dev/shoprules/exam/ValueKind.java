package dev.shoprules.exam;

/** What kind of value an answer is, which decides how it is compared and shown. */
public enum ValueKind {
    /** Yuan, compared at 2 decimals, shown as {@code 240元}. */
    MONEY,
    /** A whole number (points), shown with its unit. */
    INTEGER,
    /** A decimal number such as a metric's seconds, compared without trailing zeros ({@code 100.5}), shown with its unit. */
    NUMBER,
    /** An instant, shown as {@code 2026年3月7日10:00} (Asia/Shanghai). */
    INSTANT,
    /** An instant read as the hours after another instant of the scenario ({@code since}). */
    HOURS,
    /** An instant read as the days (of 24 hours) after another instant of the scenario ({@code since}). */
    DAYS,
    /** A share such as a reply rate, compared at 2 decimals ({@code 0.50}), shown as {@code 50%}. */
    RATE,
    /** Yes or no. */
    BOOLEAN,
    /** Text as the verdict has it. */
    TEXT
}
