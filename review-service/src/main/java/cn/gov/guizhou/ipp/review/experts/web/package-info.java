/** HTTP API of the expert pool, draws, conflicts and scoring. */
package cn.gov.guizhou.ipp.review.experts.web;
