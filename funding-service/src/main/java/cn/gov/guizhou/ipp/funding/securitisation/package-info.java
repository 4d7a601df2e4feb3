/**
 * The data-IP securitisation subsidy (数据知识产权证券化资助, guide 2.2): an enterprise registered in Guizhou
 * claims its share of a product's subsidy — the rule's rate (4%) of the product's issuance, shared
 * by each enterprise's financing ÷ the issuance, never more in all than the product's 4% — and
 * claims are reserved against the year's cap (CNY 2,000,000, or the track's budget if lower) in
 * filing order; the claim crossing the cap and those after it are handled as the catalogue's rule
 * says. A claim that will not be paid (a default or overdue repayment, a credit record, a withdrawn
 * qualification) is refused at once and its reservation goes to the next claims in the queue, as a
 * voided claim's does. A claim is paid after its product ends, once a finance officer confirmed
 * with evidence that it ran to its end without overdue payment or default, and after a clear credit
 * check. Every change of a reservation and every payment is a ledger transaction and an event.
 */
package cn.gov.guizhou.ipp.funding.securitisation;
