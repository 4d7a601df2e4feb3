package cn.gov.guizhou.ipp.monitoring.evaluation;

/** What an indicator measures. */
public enum Dimension {
  TASK_COMPLETION("任务完成", "Task completion"),
  FUND_USE_EFFICIENCY("资金使用效率", "Fund-use efficiency"),
  SOCIAL_IMPACT("社会效益", "Social impact");

  private final String zh;
  private final String en;

  Dimension(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
