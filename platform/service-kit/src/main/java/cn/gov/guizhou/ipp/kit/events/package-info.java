/**
 * Reliable events. A service records each event in its outbox table in the same transaction as the
 * change that caused it; the relay sends the outbox to Kafka in order, as CloudEvents in binary
 * mode, until the broker acknowledges it. Consumers record each event id they apply in the same
 * transaction as its effect, so a redelivered event changes nothing; a message that cannot be
 * processed goes, after bounded retries, to the topic's dead-letter topic.
 */
package cn.gov.guizhou.ipp.kit.events;
