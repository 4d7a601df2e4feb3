package cn.gov.guizhou.ipp.applicant.organisation;

import java.time.OffsetDateTime;

/**
 * A user who acts for an organisation.
 *
 * @param userSubject the user's subject in the realm
 * @param role administrator or member
 * @param joinedAt when the user joined
 */
public record Member(String userSubject, MemberRole role, OffsetDateTime joinedAt) {}
