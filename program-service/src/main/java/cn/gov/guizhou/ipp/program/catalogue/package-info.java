/**
 * The programme catalogue: each call of the bureau (the 2027 call is seeded from the versioned data
 * file {@code catalogue/call-2027.v1.json}) with its tracks and every rule of the guide as data —
 * who may apply and with whom, the eligibility criteria, the funding rule, the period, the
 * reporting duties, the materials and the deliverables. Anyone may read a published call.
 */
package cn.gov.guizhou.ipp.program.catalogue;
