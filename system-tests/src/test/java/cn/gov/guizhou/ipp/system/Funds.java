package cn.gov.guizhou.ipp.system;

import cn.gov.guizhou.ipp.testkit.Http;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What finance officers and funded units do with funds through the gateway. */
final class Funds {

  static final byte[] PDF_VOUCHER =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  private Funds() {}

  /**
   * Sends the same payment order, with one {@code Idempotency-Key}, {@code times} times at once.
   *
   * @return the statuses answered
   */
  static List<Integer> payConcurrently(Http finance, String path, int times) {
    Http keyed = finance.header("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> order =
        Map.of(
            "paymentReference",
            "GK" + UUID.randomUUID().toString().substring(0, 8),
            "paidOn",
            LocalDate.now().toString());
    ExecutorService pool = Executors.newFixedThreadPool(times);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return keyed.post(path, order).status();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    return statuses;
  }

  /** Pays a tranche once with a fresh key. */
  static Http.Response pay(Http finance, String path) {
    return finance
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(
            path,
            Map.of(
                "paymentReference",
                "GK" + UUID.randomUUID().toString().substring(0, 8),
                "paidOn",
                LocalDate.now().toString()));
  }

  /**
   * A finance officer confirms, with the trustee's final report, that a securitisation claim's
   * product ran to its end (its declared end date) without overdue payment or default.
   */
  static Http.Response confirmCompletion(Http finance, String claimId) {
    String path = "/api/funding/securitisation/claims/" + claimId;
    String endDate = finance.get(path).json().get("endDate").asString();
    return finance.postParts(
        path + "/completion",
        List.of(
            Http.Part.json(
                "confirmation",
                Map.of(
                    "endedOn",
                    endDate,
                    "withoutOverdueOrDefault",
                    true,
                    "note",
                    "受托人兑付完成报告：本息已按期兑付，无逾期、无欠息")),
            Http.Part.file("evidence", "final-report.pdf", "application/pdf", PDF_VOUCHER)));
  }

  /** A member of the funded unit records an expense with a PDF voucher. */
  static Http.Response spend(Http member, String grant, String category, String amount) {
    return member.postParts(
        grant + "/expenditures",
        List.of(
            Http.Part.json(
                "expenditure",
                Map.of(
                    "category",
                    category,
                    "amount",
                    amount,
                    "spentOn",
                    LocalDate.now().minusDays(1).toString(),
                    "payee",
                    "贵阳知识产权服务有限公司",
                    "description",
                    "专利申请代理与咨询")),
            Http.Part.file("voucher", "voucher.pdf", "application/pdf", PDF_VOUCHER)));
  }
}
