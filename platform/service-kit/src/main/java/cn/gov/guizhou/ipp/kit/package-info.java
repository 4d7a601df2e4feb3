/**
 * The service kit: what every domain service of the platform shares, so that each service is
 * secured, observable and connected to Kafka the same way.
 */
package cn.gov.guizhou.ipp.kit;
