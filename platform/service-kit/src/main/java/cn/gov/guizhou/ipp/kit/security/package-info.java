/**
 * Token validation and role mapping shared by the services: every service is an OAuth2 resource
 * server that checks the Keycloak token again (issuer, audience, signature, expiry) and maps the
 * realm roles to authorities.
 */
package cn.gov.guizhou.ipp.kit.security;
