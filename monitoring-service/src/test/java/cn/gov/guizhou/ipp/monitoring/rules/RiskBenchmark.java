package cn.gov.guizhou.ipp.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lag and colour for 100,000 projects: builds each project's plan (tasks with weights, quarterly
 * targets), its verified completion and its facts, then runs {@link Completion#weighted}, {@link
 * Completion#plannedAt}, {@link Completion#lag} and {@link RiskRules#assess} for every project,
 * after warm-up runs, and reports the median of the measured runs.
 *
 * <p>Not part of the normal build (the name does not end in {@code Test}); run it with {@code
 * ./mvnw -q -B -ntp -o -pl monitoring-service test -Dtest=RiskBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. The figures are written to {@code
 * monitoring-service/target/benchmarks/risk-benchmark.txt}. Properties: {@code benchmark.projects}
 * (100000), {@code benchmark.warmups} (10), {@code benchmark.runs} (9), {@code
 * benchmark.limitMillis} (2000, the requirement the median is checked against).
 */
@Tag("benchmark")
class RiskBenchmark {

  private static final String[] QUARTERS = {
    "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3", "2028-Q4"
  };

  /** One project's inputs. */
  private record Project(
      List<Completion.TaskWeight> tasks,
      List<Completion.Target> targets,
      Map<String, BigDecimal> verified,
      String quarter,
      int openWarnings,
      int overdue,
      int openFlags,
      int misappropriations,
      boolean creditRecord) {}

  @Test
  void lagAndColourOfAHundredThousandProjects() throws IOException {
    int count = Integer.getInteger("benchmark.projects", 100_000);
    int warmups = Integer.getInteger("benchmark.warmups", 10);
    int runs = Integer.getInteger("benchmark.runs", 9);
    long limitMillis = Long.getLong("benchmark.limitMillis", 2_000);
    List<Project> projects = projects(count, new SplittableRandom(20270630L));
    RiskRules rules = RiskRules.current(LagThreshold.GUIDE);

    long checksum = 0;
    for (int i = 0; i < warmups; i++) {
      checksum += run(projects, rules);
    }
    long[] millis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      checksum += run(projects, rules);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    long median = sorted[runs / 2];
    String result =
        String.format(
            "RiskBenchmark: %d projects, %d warm-up runs, %d runs: median %d ms (runs %s ms),"
                + " %d cores, Java %s, checksum %d%n",
            count,
            warmups,
            runs,
            median,
            Arrays.toString(millis),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            checksum);
    System.out.print(result);
    Path out = Path.of("target", "benchmarks", "risk-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result, StandardCharsets.UTF_8);
    assertThat(median).as(result).isLessThanOrEqualTo(limitMillis);
  }

  /** Lag and colour of every project; returns how many are red, to keep the work observable. */
  private static long run(List<Project> projects, RiskRules rules) {
    long red = 0;
    for (Project p : projects) {
      BigDecimal actual = Completion.weighted(p.tasks(), p.verified());
      BigDecimal planned = Completion.plannedAt(p.targets(), p.quarter());
      BigDecimal lag = Completion.lag(planned, actual);
      RiskRules.Assessment assessment =
          rules.assess(
              new RiskRules.Facts(
                  lag,
                  p.quarter(),
                  p.openWarnings(),
                  p.overdue(),
                  p.openFlags(),
                  p.misappropriations(),
                  p.creditRecord()));
      if ("RED".equals(assessment.colour())) {
        red++;
      }
    }
    return red;
  }

  private static List<Project> projects(int count, SplittableRandom random) {
    List<Project> projects = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      int taskCount = 3 + random.nextInt(6);
      List<Completion.TaskWeight> tasks = new ArrayList<>(taskCount);
      int left = 100;
      for (int t = 1; t <= taskCount; t++) {
        int weight =
            t == taskCount ? left : Math.max(1, Math.min(left - (taskCount - t), 100 / taskCount));
        left -= weight;
        tasks.add(new Completion.TaskWeight("T" + t, BigDecimal.valueOf(weight)));
      }
      List<Completion.Target> targets = new ArrayList<>(QUARTERS.length);
      for (int q = 0; q < QUARTERS.length; q++) {
        targets.add(
            new Completion.Target(
                QUARTERS[q], BigDecimal.valueOf((long) (q + 1) * 100 / QUARTERS.length)));
      }
      Map<String, BigDecimal> verified = new HashMap<>();
      for (Completion.TaskWeight t : tasks) {
        verified.put(t.code(), BigDecimal.valueOf(random.nextInt(10_001), 2));
      }
      projects.add(
          new Project(
              List.copyOf(tasks),
              List.copyOf(targets),
              Map.copyOf(verified),
              QUARTERS[random.nextInt(QUARTERS.length)],
              random.nextInt(10) == 0 ? 1 : 0,
              random.nextInt(50) == 0 ? 1 : 0,
              random.nextInt(20) == 0 ? 1 : 0,
              random.nextInt(200) == 0 ? 1 : 0,
              random.nextInt(100) == 0));
    }
    return projects;
  }
}
