/**
 * The platform's public event contracts: topic names, CloudEvents types and the versioned payload
 * records that travel on them. Wire identifiers are explicit constants, never class names.
 */
package cn.gov.guizhou.ipp.contracts;
