package cn.gov.guizhou.ipp.applicant.organisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A profile fact as an organisation declares it, with the documents that evidence it.
 *
 * @param fact which fact
 * @param value its value, in the fact's canonical form
 * @param evidence ids of the organisation's documents that evidence it, without duplicates; may be
 *     empty: a fact may be declared before its evidence is uploaded, and is then not evidenced
 */
public record DeclaredFact(ProfileFact fact, Object value, List<UUID> evidence) {

  /** The most documents one fact may cite. */
  public static final int MAX_EVIDENCE = 20;

  /** Refusals read {@code "<field>: <what is wrong>"}, the field relative to the fact. */
  public DeclaredFact {
    Objects.requireNonNull(fact, "fact");
    value = fact.canonical(value);
    evidence = evidence == null ? List.of() : List.copyOf(new LinkedHashSet<>(evidence));
    if (evidence.size() > MAX_EVIDENCE) {
      throw new IllegalArgumentException("evidence: at most " + MAX_EVIDENCE + " documents");
    }
  }

  /** Whether at least one document supports it. */
  public boolean evidenced() {
    return !evidence.isEmpty();
  }
}
