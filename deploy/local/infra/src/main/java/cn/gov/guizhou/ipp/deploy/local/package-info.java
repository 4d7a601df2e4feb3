/**
 * Programs that {@code deploy/local/platform} runs besides the services: PostgreSQL 17 from the
 * embedded binaries that Maven fetches, with one database and role per service.
 */
package cn.gov.guizhou.ipp.deploy.local;
