package cn.gov.guizhou.ipp.review.experts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The draw of experts: the eligible candidates, in a fixed order (by id), shuffled by a seeded
 * pseudo-random generator; the first {@code wanted} are drawn. With the recorded seed and
 * candidates anyone can repeat the draw and get the same experts.
 */
public final class ExpertDraw {

  private ExpertDraw() {}

  /** The experts drawn from the candidates with the seed. */
  public static List<UUID> draw(List<UUID> candidates, int wanted, long seed) {
    if (wanted < 1) {
      throw new IllegalArgumentException("wanted: must be at least 1");
    }
    List<UUID> order = new ArrayList<>(candidates);
    Collections.sort(order);
    Collections.shuffle(order, new Random(seed));
    return List.copyOf(order.subList(0, Math.min(wanted, order.size())));
  }
}
