package cn.gov.guizhou.ipp.applicant.organisation;

/** What a member may do for its organisation. */
public enum MemberRole {
  /** Registered the organisation or was made administrator: invites members, submits. */
  ADMINISTRATOR,
  /** Prepares applications and reports for the organisation. */
  MEMBER
}
