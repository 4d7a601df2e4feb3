/** The double-entry ledger in funding-service's database: balanced, append-only transactions. */
package cn.gov.guizhou.ipp.funding.ledger;
