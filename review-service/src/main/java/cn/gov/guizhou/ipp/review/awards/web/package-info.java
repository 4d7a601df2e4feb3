/** HTTP API of award proposals and decisions. */
package cn.gov.guizhou.ipp.review.awards.web;
