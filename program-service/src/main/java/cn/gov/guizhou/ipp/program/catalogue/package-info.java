/**
 * The published catalogue of a call: one entry per track, with the official Chinese name from the
 * guide, its category (pre- or post-subsidy) and its funding rule. Anyone may read it.
 */
package cn.gov.guizhou.ipp.program.catalogue;
