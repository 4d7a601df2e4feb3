/** Platform-wide configuration defaults that each service may override. */
package cn.gov.guizhou.ipp.kit.config;
