package cn.gov.guizhou.ipp.contracts.programme;

/**
 * A text of the guide in both languages.
 *
 * @param zh Chinese, as the guide says it
 * @param en English
 */
public record BilingualText(String zh, String en) {}
