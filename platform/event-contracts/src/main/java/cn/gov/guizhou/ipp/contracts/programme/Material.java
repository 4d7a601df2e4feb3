package cn.gov.guizhou.ipp.contracts.programme;

/**
 * A material an application of a track carries.
 *
 * @param id stable id
 * @param zh its name in Chinese
 * @param en its name in English
 * @param required whether it must be present before submission
 */
public record Material(String id, String zh, String en, boolean required) {}
