/**
 * Quarterly tracking rounds: every active project reports its progress per task with evidence by
 * the round's deadline (late reports are flagged); the firm verifies it and says how; the verified,
 * weighted completion against the plan becomes a line of the progress ledger.
 */
package cn.gov.guizhou.ipp.monitoring.tracking;
