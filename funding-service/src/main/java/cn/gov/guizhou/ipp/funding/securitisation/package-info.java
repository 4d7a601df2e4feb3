/**
 * The data-IP securitisation subsidy (数据知识产权证券化资助, guide 2.2): an enterprise claims the rule's rate
 * (4%) of its actual financing within a securitisation product. Claims are reserved against the
 * year's cap (CNY 2,000,000, or the track's budget if lower) in filing order at the moment they are
 * filed; the claim crossing the cap and those after it are handled as the catalogue's rule says. A
 * claim is paid after its product ends, only if no default or overdue repayment was recorded and
 * the enterprise's credit check is clear; a voided claim's reservation goes to the next claims in
 * the queue. Every change of a reservation and every payment is a ledger transaction.
 */
package cn.gov.guizhou.ipp.funding.securitisation;
