/**
 * The audit trail: an append-only record of every state change and every refused request — who
 * (subject, client, organisation), what (action, object, outcome), when (UTC) and the correlation
 * id. The service's database role cannot update or delete it.
 */
package cn.gov.guizhou.ipp.kit.audit;
