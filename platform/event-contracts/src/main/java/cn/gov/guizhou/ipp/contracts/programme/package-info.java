/**
 * The funding rules of the bureau's programmes, as data with their computations. program-service
 * publishes each track's rule; review and funding compute awards, tranches and subsidies with the
 * same code. Money is exact CNY ({@link java.math.BigDecimal}, two decimals).
 */
package cn.gov.guizhou.ipp.contracts.programme;
