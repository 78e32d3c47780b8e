/**
 * Masking of personal data: receivers' names, phones and addresses of the case, and any mainland mobile number,
 * are masked in every string of a verdict ({@link dev.shoprules.core.privacy.Masker}), whatever a rule wrote;
 * {@link dev.shoprules.core.privacy.Masking} holds the one way each kind of datum is masked.
 */
package dev.shoprules.core.privacy;
