/**
 * Parameter overrides of rule figures, keyed {@code <platform>.<rule-slug>.<figure>}
 * ({@code tmall.late-shipment.cap=300}), from {@code --set}, a JSON/YAML file or a Java map. An unknown key or an
 * ill-typed value is a {@link dev.shoprules.core.params.ParameterException} naming it; an overridden figure keeps
 * the pack default in the audit trail and reads as {@code ASSUMED}.
 */
package dev.shoprules.core.params;
