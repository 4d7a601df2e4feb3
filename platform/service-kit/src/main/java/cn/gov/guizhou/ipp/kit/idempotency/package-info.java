/**
 * {@code Idempotency-Key} for commands whose retry could repeat an effect: the first outcome is
 * stored with the effect, in the same transaction, and replayed for the same key; the same key with
 * another request is refused; concurrent requests with one key produce one effect.
 */
package cn.gov.guizhou.ipp.kit.idempotency;
