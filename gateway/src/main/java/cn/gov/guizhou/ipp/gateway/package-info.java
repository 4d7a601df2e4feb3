/**
 * The gateway: routes {@code /api/**} to the service that owns each area and validates every bearer
 * token (signature, issuer, expiry, audience {@code ipp-api}) before anything reaches a service;
 * each service validates it again and checks roles.
 */
package cn.gov.guizhou.ipp.gateway;
