/**
 * Calls to other services and outside registries: OpenFeign clients with a timeout on every call, a
 * Resilience4j circuit breaker per remote, retries only for idempotent calls, and a fallback chosen
 * by the caller that never turns an unknown into a yes.
 */
package cn.gov.guizhou.ipp.kit.calls;
