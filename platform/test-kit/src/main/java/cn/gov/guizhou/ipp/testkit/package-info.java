/**
 * Integration-test support: a real PostgreSQL 17 and a real Kafka broker (Testcontainers with
 * pinned images where a Docker engine answers, the embedded servers otherwise, with the same test
 * code), and a token issuer whose tokens the services validate as they validate Keycloak's.
 */
package cn.gov.guizhou.ipp.testkit;
