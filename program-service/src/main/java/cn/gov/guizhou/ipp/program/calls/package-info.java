/**
 * Running the calls: programme officers create a call from an earlier one, set its application
 * window and per-track budgets, change a track's funding rule, and move it draft → published → open
 * → closed → archived. A published call's rules are frozen: a change makes a new rule version with
 * a reason. Every change is audited and announced on {@code ipp.program.calls}.
 */
package cn.gov.guizhou.ipp.program.calls;
