/**
 * Whether a caller is a member of an organisation, as applicant-service (which owns the
 * memberships) answers it for the caller's own token: for services that let a funded unit's members
 * act on their grants, claims and projects.
 */
package cn.gov.guizhou.ipp.kit.members;
