/**
 * Events published by funding-service: payments, recovery orders and the expenditure funded units
 * record against their approved budgets.
 */
package cn.gov.guizhou.ipp.contracts.funding;
