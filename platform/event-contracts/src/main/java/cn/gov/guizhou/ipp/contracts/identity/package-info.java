/** Identifiers shared across services, such as the unified social credit code. */
package cn.gov.guizhou.ipp.contracts.identity;
